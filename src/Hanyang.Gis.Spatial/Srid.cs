namespace Hanyang.Gis.Spatial;

/// <summary>
/// The spatial reference identifiers (EPSG codes) the system knows. Inside the system every geometry
/// is <see cref="Cgcs2000GaussKruger114E"/>; the others appear only at the edges (input, API output,
/// the web map).
/// </summary>
public static class Srid
{
    /// <summary>WGS84 geographic (EPSG:4326), longitude/latitude in degrees: GeoJSON (RFC 7946), GPS, the API.</summary>
    public const int Wgs84 = 4326;

    /// <summary>CGCS2000 geographic (EPSG:4490), longitude/latitude in degrees: China's national datum.</summary>
    public const int Cgcs2000 = 4490;

    /// <summary>
    /// CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547), easting/northing in metres: the internal CRS.
    /// Hanyang (≈114.0–114.3°E) lies within 0.3° of the central meridian, so scale distortion is below 2 ppm.
    /// </summary>
    public const int Cgcs2000GaussKruger114E = 4547;

    /// <summary>WGS84 / Pseudo-Mercator (EPSG:3857), metres: what the web map displays.</summary>
    public const int WebMercator = 3857;

    /// <summary>The internal CRS every stored and analysed geometry uses.</summary>
    public const int Internal = Cgcs2000GaussKruger114E;

    /// <summary>All SRIDs this system can create geometries in and transform between.</summary>
    public static IReadOnlyList<int> Supported { get; } = [Wgs84, Cgcs2000, Cgcs2000GaussKruger114E, WebMercator];

    /// <summary>True when <paramref name="srid"/> is one of <see cref="Supported"/>.</summary>
    public static bool IsSupported(int srid) => srid is Wgs84 or Cgcs2000 or Cgcs2000GaussKruger114E or WebMercator;

    /// <summary>True for the geographic (degree-based) SRIDs.</summary>
    public static bool IsGeographic(int srid) => srid is Wgs84 or Cgcs2000;

    /// <summary>A short human-readable name, e.g. "EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)".</summary>
    public static string Describe(int srid) => srid switch
    {
        Wgs84 => "EPSG:4326 (WGS84)",
        Cgcs2000 => "EPSG:4490 (CGCS2000)",
        Cgcs2000GaussKruger114E => "EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)",
        WebMercator => "EPSG:3857 (Web Mercator)",
        0 => "no SRID",
        _ => $"EPSG:{srid}",
    };
}
