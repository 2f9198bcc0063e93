using System.Globalization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using OsmSharp;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Facilities and water of an extract. A facility mapped as a node is that point; one drawn as an area
/// (closed way or multipolygon) is its interior point — a point inside the footprint, unlike the centroid of
/// an L-shaped campus. The plan's facility is a point, so the footprint itself is not kept. Water areas are
/// clipped to the district; facilities outside it are left out.
/// </summary>
internal static class OsmPlaceBuilder
{
    /// <summary>The facilities and water bodies inside the district.</summary>
    public static (List<Facility> Facilities, List<WaterBody> Water) Build(OsmElements elements, OsmClip clip, OsmProvenance provenance, OsmSkipCounts skipped, CancellationToken cancellationToken)
    {
        var facilities = new List<Facility>();
        var water = new List<WaterBody>();
        foreach (var node in elements.TaggedNodes)
        {
            var tags = OsmElements.TagsOf(node);
            if (KindOf(tags, skipped) is { } kind)
            {
                var (x, y) = elements.Positions[node.Id!.Value];
                AddFacility(tags, kind, "node", node.Id.Value, GeometryFactories.Internal.CreatePoint(new Coordinate(x, y)), facilities, clip, provenance, skipped);
            }
        }

        var areas = elements.Ways.Values.Where(w => w.Tags is { Count: > 0 }).OrderBy(w => w.Id)
            .Select(w => ((OsmGeo)w, "way", (Func<Geometry?>)(() => OsmGeometry.Area(elements, w))))
            .Concat(elements.Multipolygons.OrderBy(r => r.Id).Select(r => ((OsmGeo)r, "relation", (Func<Geometry?>)(() => OsmGeometry.Area(elements, r)))));
        foreach (var (element, type, area) in areas)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tags = OsmElements.TagsOf(element);
            var kind = KindOf(tags, skipped);
            var waterKind = OsmTagMapping.Water(tags);
            if (kind is null && waterKind is null)
            {
                continue;
            }

            if (area() is not { } geometry)
            {
                skipped.Add("facility or water areas that are open or have members missing from the extract");
                continue;
            }

            if (kind is not null)
            {
                AddFacility(tags, kind.Value, type, element.Id!.Value, geometry.InteriorPoint, facilities, clip, provenance, skipped);
            }
            else if (clip.Area(geometry) is { } inside)
            {
                var name = OsmTagMapping.FacilityName(tags) ?? (waterKind == WaterKind.River ? "河流（未命名）" : "水面（未命名）");
                water.Add(new WaterBody(Id(type, element.Id!.Value), name, waterKind!.Value, inside, provenance.Of(type, element.Id.Value)));
            }
        }

        return (facilities, water);
    }

    private static FacilityKind? KindOf(IReadOnlyDictionary<string, string> tags, OsmSkipCounts skipped)
    {
        var kind = OsmTagMapping.Facility(tags, out var reason);
        if (reason is not null)
        {
            skipped.Add(reason);
        }

        return kind;
    }

    private static void AddFacility(IReadOnlyDictionary<string, string> tags, FacilityKind kind, string type, long id, Point location, List<Facility> facilities, OsmClip clip, OsmProvenance provenance, OsmSkipCounts skipped)
    {
        if (!clip.Covers(location))
        {
            skipped.Add("facilities outside the district");
            return;
        }

        var name = OsmTagMapping.FacilityName(tags) ?? OsmTagMapping.UnnamedFacility(kind);
        facilities.Add(new Facility(new FacilityId(Id(type, id)), kind, name, null, null, BuildStatus.Existing, NamedInPlan: false, MedicalCircle: null,
            Street: null, location, provenance.Of(type, id)));
    }

    private static string Id(string type, long id) => string.Create(CultureInfo.InvariantCulture, $"osm-{type}-{id}");
}
