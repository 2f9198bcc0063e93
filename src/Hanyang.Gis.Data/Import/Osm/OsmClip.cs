using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.LinearReferencing;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Clips to the district boundary (EPSG:4547): lines keep their drawing direction (it carries one-way),
/// pieces wholly inside are kept untouched so that junction coordinates stay exactly shared.
/// </summary>
internal sealed class OsmClip(Geometry district)
{
    private readonly IPreparedGeometry prepared = PreparedGeometryFactory.Prepare(district);

    /// <summary>The parts of <paramref name="line"/> inside the district, each drawn in the line's direction.</summary>
    public IEnumerable<LineString> Lines(LineString line)
    {
        if (prepared.Covers(line))
        {
            return [line];
        }

        if (!prepared.Intersects(line))
        {
            return [];
        }

        var indexed = new LengthIndexedLine(line);
        return Parts<LineString>(district.Intersection(line))
            .Where(part => part.Length > 0)
            .Select(part => indexed.Project(part.StartPoint.Coordinate) <= indexed.Project(part.EndPoint.Coordinate) ? part : (LineString)part.Reverse())
            .ToList();
    }

    /// <summary>The part of <paramref name="area"/> inside the district, or null when none is.</summary>
    public Geometry? Area(Geometry area)
    {
        if (prepared.Covers(area))
        {
            return area;
        }

        if (!prepared.Intersects(area))
        {
            return null;
        }

        var polygons = Parts<Polygon>(district.Intersection(area)).Where(p => p.Area > 0).ToArray();
        return polygons.Length switch
        {
            0 => null,
            1 => polygons[0],
            _ => area.Factory.CreateMultiPolygon(polygons),
        };
    }

    /// <summary>True when <paramref name="point"/> lies in the district (on its boundary counts).</summary>
    public bool Covers(Point point) => prepared.Covers(point);

    private static IEnumerable<T> Parts<T>(Geometry geometry)
        where T : Geometry
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is T part)
            {
                yield return part;
            }
        }
    }
}
