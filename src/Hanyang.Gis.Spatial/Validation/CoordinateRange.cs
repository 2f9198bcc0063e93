using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Spatial.Validation;

/// <summary>
/// The valid coordinate box of a CRS (or a narrower plausible extent), with axis names for messages.
/// </summary>
/// <param name="Name">What the range is, for messages, e.g. "EPSG:4326 (WGS84)".</param>
/// <param name="XAxis">Name of the first axis ("longitude", "easting", "x").</param>
/// <param name="YAxis">Name of the second axis ("latitude", "northing", "y").</param>
/// <param name="Bounds">The inclusive box.</param>
public sealed record CoordinateRange(string Name, string XAxis, string YAxis, Envelope Bounds)
{
    /// <summary>
    /// The valid range for a supported SRID. For EPSG:4547 it is the EPSG area of use
    /// (China 112.5°E–115.5°E, 21.5°N–45.5°N) expressed in the projection, rounded outwards.
    /// </summary>
    public static CoordinateRange For(int srid) => srid switch
    {
        Srid.Wgs84 or Srid.Cgcs2000 => new(Srid.Describe(srid), "longitude", "latitude", new Envelope(-180, 180, -90, 90)),
        Srid.Cgcs2000GaussKruger114E => new(Srid.Describe(srid) + " area of use", "easting", "northing",
            new Envelope(340_000, 660_000, 2_370_000, 5_040_000)),
        Srid.WebMercator => new(Srid.Describe(srid), "x", "y",
            new Envelope(-20_037_508.342789244, 20_037_508.342789244, -20_048_966.1040146, 20_048_966.1040146)),
        _ => throw new UnsupportedSridException(srid),
    };

    /// <summary>
    /// Where the internal CRS holds, as WGS84 longitude/latitude: the EPSG area of use of EPSG:4547 (China
    /// 112.5°E–115.5°E, 21.5°N–45.5°N). A district must lie inside it; one far from 114°E would need another
    /// 3-degree zone, which this system does not offer.
    /// </summary>
    public static CoordinateRange InternalAreaOfUse { get; } =
        new("the area of the plan's coordinate system EPSG:4547 (CGCS2000 3-degree Gauss-Kruger zone, central meridian 114°E)", "longitude", "latitude", new Envelope(112.5, 115.5, 21.5, 45.5));
}
