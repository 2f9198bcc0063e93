using Hanyang.Gis.Domain.Plan;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>
/// One feature collection of the OGC API (Part 1 §7.14–7.16): what /collections describes and what
/// /collections/{id}/items and /items/{featureId} read. <see cref="OgcApi"/> serves every collection the same
/// way — paging, bbox, property filters, links, ETags — and asks the collection only for its features.
/// Geometries are EPSG:4547 here; the API writes WGS84.
/// </summary>
internal interface IOgcCollection
{
    /// <summary>The collection's id in URLs, e.g. "roads".</summary>
    string Id { get; }

    /// <summary>The title a user sees (zh-CN).</summary>
    string Title { get; }

    /// <summary>What the collection holds and where it comes from.</summary>
    string Description { get; }

    /// <summary>True when /tiles serves the collection as vector tiles (a "tiles" link is given).</summary>
    bool HasTiles { get; }

    /// <summary>True when the items are computed (an analysis): items requests run behind <see cref="Http.ExpensiveWork.Analysis"/>.</summary>
    bool IsComputed { get; }

    /// <summary>The properties the items can be filtered on by equality (Part 3 queryables), in order.</summary>
    IReadOnlyList<OgcQueryable> Queryables { get; }

    /// <summary>The collection's spatial extent in <paramref name="plan"/> (EPSG:4547).</summary>
    Envelope Extent(PlanDataset plan);

    /// <summary>One page of the items that meet the query, or a problem naming the property filter that is not valid.</summary>
    Task<OgcItemsResult> ListItemsAsync(OgcItemsQuery query, CancellationToken cancellationToken);

    /// <summary>One item by id, or null when the collection has none of that id (or serves none singly).</summary>
    Task<OgcFeature?> FindItemAsync(string featureId, CancellationToken cancellationToken);
}
