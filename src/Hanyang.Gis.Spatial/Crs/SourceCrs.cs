using System.Globalization;
using Hanyang.Gis.Spatial.Offsets;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Spatial.Crs;

/// <summary>
/// The coordinate system input data declares: an EPSG SRID, or one of the Chinese offset systems
/// (GCJ-02, BD-09) that no EPSG code describes. Converting from it is the only way coordinates enter
/// the system, so an input whose CRS is unknown cannot be converted at all.
/// </summary>
public sealed record SourceCrs
{
    private SourceCrs(string name, int srid, Func<LonLat, LonLat>? toWgs84)
    {
        Name = name;
        Srid = srid;
        ToWgs84Offset = toWgs84;
    }

    /// <summary>WGS84 longitude/latitude (GPS, GeoJSON).</summary>
    public static SourceCrs Wgs84 { get; } = new("wgs84", Spatial.Srid.Wgs84, null);

    /// <summary>CGCS2000 longitude/latitude (national surveying data).</summary>
    public static SourceCrs Cgcs2000 { get; } = new("cgcs2000", Spatial.Srid.Cgcs2000, null);

    /// <summary>GCJ-02 longitude/latitude (Amap/高德, Tencent/腾讯 exports).</summary>
    public static SourceCrs Gcj02 { get; } = new("gcj02", Spatial.Srid.Wgs84, Offsets.Gcj02.ToWgs84);

    /// <summary>BD-09 longitude/latitude (Baidu/百度 exports).</summary>
    public static SourceCrs Bd09 { get; } = new("bd09", Spatial.Srid.Wgs84, Offsets.Bd09.ToWgs84);

    /// <summary>The name used on the command line and in messages: wgs84, cgcs2000, gcj02, bd09 or epsg:N.</summary>
    public string Name { get; }

    /// <summary>
    /// The EPSG SRID the coordinates are in once offsets are removed (EPSG:4326 for GCJ-02 and BD-09).
    /// </summary>
    public int Srid { get; }

    /// <summary>True for GCJ-02 and BD-09, whose coordinates are offset from WGS84 by a non-linear formula.</summary>
    public bool IsOffset => ToWgs84Offset is not null;

    private Func<LonLat, LonLat>? ToWgs84Offset { get; }

    /// <summary>A source in a supported EPSG SRID.</summary>
    /// <exception cref="UnsupportedSridException">The SRID is not supported.</exception>
    public static SourceCrs FromSrid(int srid) => srid switch
    {
        Spatial.Srid.Wgs84 => Wgs84,
        Spatial.Srid.Cgcs2000 => Cgcs2000,
        Spatial.Srid.Cgcs2000GaussKruger114E or Spatial.Srid.WebMercator => new(string.Create(CultureInfo.InvariantCulture, $"epsg:{srid}"), srid, null),
        _ => throw new UnsupportedSridException(srid),
    };

    /// <summary>
    /// Parses wgs84, cgcs2000, gcj02, bd09 or epsg:N (case-insensitive). Throws <see cref="FormatException"/>
    /// naming the accepted values when the text is none of them.
    /// </summary>
    public static SourceCrs Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim().ToLowerInvariant();
        switch (value)
        {
            case "wgs84" or "epsg:4326":
                return Wgs84;
            case "cgcs2000" or "epsg:4490":
                return Cgcs2000;
            case "gcj02" or "gcj-02":
                return Gcj02;
            case "bd09" or "bd-09":
                return Bd09;
        }

        if (value.StartsWith("epsg:", StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var srid))
        {
            return FromSrid(srid);
        }

        throw new FormatException($"'{text}' is not a coordinate system this system knows; use wgs84, cgcs2000, gcj02, bd09 or epsg:<code> with one of {string.Join(", ", Spatial.Srid.Supported)}");
    }

    /// <summary>
    /// Converts a geometry whose coordinates are in this CRS (whatever SRID the object carries) into
    /// <paramref name="targetSrid"/>. GCJ-02 and BD-09 offsets are removed first. The input is not changed.
    /// </summary>
    public Geometry Convert(Geometry geometry, int targetSrid)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var declared = GeometryFactories.For(Srid).CreateGeometry(geometry);
        if (ToWgs84Offset is { } toWgs84)
        {
            declared.Apply(new OffsetFilter(toWgs84));
            declared.GeometryChanged();
        }

        return Reprojector.Transform(declared, targetSrid);
    }

    /// <summary>Converts one position from this CRS into <paramref name="targetSrid"/>.</summary>
    /// <returns>(x, y) in the target: (longitude, latitude) in degrees or (easting, northing) in metres.</returns>
    public (double X, double Y) ConvertPosition(double x, double y, int targetSrid)
    {
        if (ToWgs84Offset is { } toWgs84)
        {
            var wgs = toWgs84(new LonLat(x, y));
            (x, y) = (wgs.Lon, wgs.Lat);
        }

        return Reprojector.Transform(x, y, Srid, targetSrid);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private sealed class OffsetFilter(Func<LonLat, LonLat> toWgs84) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var wgs = toWgs84(new LonLat(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, wgs.Lon);
            seq.SetY(i, wgs.Lat);
        }
    }
}
