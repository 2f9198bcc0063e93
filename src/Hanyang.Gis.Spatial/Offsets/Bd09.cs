namespace Hanyang.Gis.Spatial.Offsets;

/// <summary>
/// BD-09 (百度坐标), Baidu's offset of GCJ-02, converted to and from WGS84 (via GCJ-02).
/// </summary>
/// <remarks>
/// Forward (GCJ-02 → BD-09) is the published formula: with x_pi = π·3000/180,
/// z = √(x²+y²) + 2e-5·sin(y·x_pi), θ = atan2(y, x) + 3e-6·cos(x·x_pi), BD = (z·cosθ + 0.0065, z·sinθ + 0.006).
/// The published inverse is itself approximate (errors of ~1e-6°), so every inverse here is found by
/// fixed-point iteration on the exact forward formulas instead. Outside China (the GCJ-02 rectangle)
/// the input is returned unchanged, as for GCJ-02.
/// </remarks>
public static class Bd09
{
    private const double XPi = Math.PI * 3000.0 / 180.0;

    /// <summary>Converts a GCJ-02 position to BD-09.</summary>
    public static LonLat FromGcj02(LonLat gcj02)
    {
        if (Gcj02.IsOutsideChina(gcj02))
        {
            return gcj02;
        }

        var (x, y) = (gcj02.Lon, gcj02.Lat);
        var z = Math.Sqrt((x * x) + (y * y)) + (0.00002 * Math.Sin(y * XPi));
        var theta = Math.Atan2(y, x) + (0.000003 * Math.Cos(x * XPi));
        return new LonLat((z * Math.Cos(theta)) + 0.0065, (z * Math.Sin(theta)) + 0.006);
    }

    /// <summary>Converts a BD-09 position to GCJ-02, accurate to better than 1e-9° by iteration.</summary>
    public static LonLat ToGcj02(LonLat bd09) =>
        Gcj02.IsOutsideChina(bd09) ? bd09 : Gcj02.InvertByIteration(bd09, FromGcj02);

    /// <summary>Converts a WGS84 position to BD-09.</summary>
    public static LonLat FromWgs84(LonLat wgs84) =>
        Gcj02.IsOutsideChina(wgs84) ? wgs84 : FromGcj02(Gcj02.FromWgs84(wgs84));

    /// <summary>Converts a BD-09 position to WGS84, accurate to better than 1e-9° by iteration.</summary>
    public static LonLat ToWgs84(LonLat bd09) =>
        Gcj02.IsOutsideChina(bd09) ? bd09 : Gcj02.InvertByIteration(bd09, FromWgs84);
}
