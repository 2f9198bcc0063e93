using System.Text.Json.Serialization;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>A link of the OGC API (Part 1 §7.2): absolute href, relation, media type, title; <c>templated</c> only for URL templates.</summary>
internal sealed record OgcLink(
    string Href,
    string Rel,
    string Type,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Templated = null);

/// <summary>The landing page (Part 1 §7.2).</summary>
internal sealed record OgcLandingPage(string Title, string Description, IReadOnlyList<OgcLink> Links);

/// <summary>The conformance declaration (Part 1 §7.4).</summary>
internal sealed record OgcConformance(IReadOnlyList<string> ConformsTo);

/// <summary>/collections (Part 1 §7.13).</summary>
internal sealed record OgcCollectionList(IReadOnlyList<OgcLink> Links, IReadOnlyList<OgcCollectionDescription> Collections);

/// <summary>One collection (Part 1 §7.14): its extent in CRS84 and its links (self, items, queryables, tiles when served).</summary>
internal sealed record OgcCollectionDescription(string Id, string Title, string Description, string ItemType, IReadOnlyList<string> Crs, OgcExtent Extent, IReadOnlyList<OgcLink> Links);

/// <summary>A collection's extent.</summary>
internal sealed record OgcExtent(OgcSpatialExtent Spatial);

/// <summary>A spatial extent: bounding boxes as [minLon, minLat, maxLon, maxLat] in <see cref="Crs"/>.</summary>
internal sealed record OgcSpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);
