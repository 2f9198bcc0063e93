using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Hanyang.Gis.Spatial;

/// <summary>
/// The one place geometry factories come from: one factory per supported SRID, all sharing one
/// <see cref="NtsGeometryServices"/> (floating precision, packed coordinate sequences, SRIDs checked).
/// Factories are immutable and safe to share between threads.
/// </summary>
public static class GeometryFactories
{
    private static readonly NtsGeometryServices Services = new(
        NetTopologySuite.Geometries.Implementation.PackedCoordinateSequenceFactory.DoubleFactory,
        PrecisionModel.Floating.Value,
        Srid.Internal);

    private static readonly Dictionary<int, GeometryFactory> BySrid =
        Srid.Supported.ToDictionary(srid => srid, srid => Services.CreateGeometryFactory(srid));

    /// <summary>Factory for WGS84 lon/lat geometries (EPSG:4326).</summary>
    public static GeometryFactory Wgs84 => BySrid[Srid.Wgs84];

    /// <summary>Factory for CGCS2000 lon/lat geometries (EPSG:4490).</summary>
    public static GeometryFactory Cgcs2000 => BySrid[Srid.Cgcs2000];

    /// <summary>Factory for the internal CRS, CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547), metres.</summary>
    public static GeometryFactory Internal => BySrid[Srid.Internal];

    /// <summary>Factory for Web Mercator geometries (EPSG:3857).</summary>
    public static GeometryFactory WebMercator => BySrid[Srid.WebMercator];

    /// <summary>The factory for <paramref name="srid"/>.</summary>
    /// <exception cref="UnsupportedSridException">The SRID is not one of <see cref="Srid.Supported"/>.</exception>
    public static GeometryFactory For(int srid) =>
        BySrid.TryGetValue(srid, out var factory) ? factory : throw new UnsupportedSridException(srid);

    /// <summary>Reads OGC WKT into a geometry of <paramref name="srid"/> (handy for fixtures and configuration).</summary>
    /// <exception cref="ParseException">The text is not valid WKT.</exception>
    public static Geometry FromWkt(string wkt, int srid)
    {
        var factory = For(srid);
        return factory.CreateGeometry(new WKTReader(Services).Read(wkt));
    }
}
