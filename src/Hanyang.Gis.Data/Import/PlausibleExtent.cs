using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Where imported data may plausibly lie: the bounding box of Wuhan municipality (武汉市) in WGS84,
/// ≈113.68–115.08°E, 29.97–31.37°N. Checked after conversion, it catches data declared in the wrong CRS
/// (projected metres read as degrees, a file for another city) and swapped longitude/latitude.
/// </summary>
public static class PlausibleExtent
{
    /// <summary>The Wuhan municipality box as a WGS84 longitude/latitude range.</summary>
    public static CoordinateRange Wuhan { get; } =
        new("the plausible extent of Wuhan municipality", "longitude", "latitude", new Envelope(113.68, 115.08, 29.97, 31.37));
}
