using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Linemerge;
using OsmSharp;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Geometry of OpenStreetMap elements in EPSG:4547 from the node positions: lines of node runs, areas of
/// closed ways, and multipolygon relations (outer rings joined from their member ways, inner rings cut out).
/// </summary>
internal static class OsmGeometry
{
    private static readonly GeometryFactory Factory = GeometryFactories.Internal;

    /// <summary>The line through <paramref name="nodes"/>, or null when fewer than two distinct positions are known (the extract cut them off).</summary>
    public static LineString? Line(OsmElements elements, IEnumerable<long> nodes)
    {
        var coordinates = new List<Coordinate>();
        foreach (var node in nodes)
        {
            if (!elements.Positions.TryGetValue(node, out var p))
            {
                return null;
            }

            var c = new Coordinate(p.X, p.Y);
            if (coordinates.Count == 0 || !coordinates[^1].Equals2D(c))
            {
                coordinates.Add(c);
            }
        }

        return coordinates.Count >= 2 ? Factory.CreateLineString([.. coordinates]) : null;
    }

    /// <summary>The area of a closed way, or null when it is open, incomplete or has no area.</summary>
    public static Geometry? Area(OsmElements elements, Way way)
    {
        if (way.Nodes.Length < 4 || way.Nodes[0] != way.Nodes[^1] || Line(elements, way.Nodes) is not { IsClosed: true } line || line.NumPoints < 4)
        {
            return null;
        }

        return Valid(Factory.CreatePolygon(line.Coordinates));
    }

    /// <summary>The area of a multipolygon relation, or null when a member way is missing or its rings do not close.</summary>
    public static Geometry? Area(OsmElements elements, Relation relation)
    {
        var outer = new List<LineString>();
        var inner = new List<LineString>();
        foreach (var member in relation.Members ?? [])
        {
            if (member.Type != OsmGeoType.Way)
            {
                continue;
            }

            if (!elements.Ways.TryGetValue(member.Id, out var way) || Line(elements, way.Nodes) is not { } line)
            {
                return null;
            }

            (member.Role == "inner" ? inner : outer).Add(line);
        }

        var outerArea = Rings(outer);
        if (outerArea is null || outerArea.IsEmpty)
        {
            return null;
        }

        var innerArea = Rings(inner);
        var area = innerArea is null || innerArea.IsEmpty ? outerArea : outerArea.Difference(innerArea);
        return area.IsEmpty ? null : area;
    }

    private static Geometry? Rings(List<LineString> lines)
    {
        if (lines.Count == 0)
        {
            return Factory.CreatePolygon();
        }

        var merger = new LineMerger();
        merger.Add(lines);
        var polygons = new List<Geometry>();
        foreach (var merged in merger.GetMergedLineStrings().Cast<LineString>())
        {
            if (!merged.IsClosed || merged.NumPoints < 4)
            {
                return null;
            }

            polygons.Add(Valid(Factory.CreatePolygon(merged.Coordinates)));
        }

        return Factory.BuildGeometry(polygons).Union();
    }

    private static Geometry Valid(Geometry geometry) => geometry.IsValid ? geometry : GeometryFixer.Fix(geometry);
}
