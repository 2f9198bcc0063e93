using Hanyang.Gis.Spatial.Validation;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Where imported data may plausibly lie: the area of use of the internal CRS (EPSG:4547, 112.5–115.5°E,
/// 21.5–45.5°N), whatever the district. Checked after conversion, it catches data declared in the wrong CRS
/// (projected metres read as degrees, a file for a city far from 114°E) and swapped longitude/latitude.
/// The district itself is not assumed: the OpenStreetMap import clips to the plan's own district.
/// </summary>
public static class PlausibleExtent
{
    /// <summary>The internal CRS's area of use as a WGS84 longitude/latitude range.</summary>
    public static CoordinateRange InternalCrsArea => CoordinateRange.InternalAreaOfUse;
}
