namespace Hanyang.Gis.Spatial.Offsets;

/// <summary>
/// GCJ-02 (国测局坐标, "Mars coordinates"), the obfuscated datum that Amap (高德) and Tencent maps use in
/// China, converted to and from WGS84. In Hanyang GCJ-02 points sit ≈590 m from their WGS84 position.
/// </summary>
/// <remarks>
/// The forward formula (WGS84 → GCJ-02) is the published one (Krasovsky ellipsoid a = 6378245 m,
/// e² = 0.00669342162296594323; as in the widely used "eviltransform" implementations). The inverse has no
/// closed form; it is found by fixed-point iteration on the forward formula until the residual is below
/// 1e-10° (≈0.01 mm). Outside the rectangle the formulas call China (72.004–137.8347°E, 0.8293–55.8271°N)
/// no offset is applied and the input is returned unchanged, as the published formulas do.
/// </remarks>
public static class Gcj02
{
    private const double KrasovskySemiMajorAxisMeters = 6378245.0;
    private const double KrasovskyEccentricitySquared = 0.00669342162296594323;
    private const double InverseToleranceDegrees = 1e-10;
    private const int MaxInverseIterations = 50;

    /// <summary>True outside the rectangle in which the published formulas apply an offset.</summary>
    public static bool IsOutsideChina(LonLat point) =>
        point.Lon < 72.004 || point.Lon > 137.8347 || point.Lat < 0.8293 || point.Lat > 55.8271;

    /// <summary>Converts a WGS84 position to GCJ-02.</summary>
    public static LonLat FromWgs84(LonLat wgs84)
    {
        if (IsOutsideChina(wgs84))
        {
            return wgs84;
        }

        var (dLon, dLat) = Offset(wgs84);
        return new LonLat(wgs84.Lon + dLon, wgs84.Lat + dLat);
    }

    /// <summary>Converts a GCJ-02 position to WGS84, accurate to better than 1e-9° by iteration.</summary>
    public static LonLat ToWgs84(LonLat gcj02)
    {
        if (IsOutsideChina(gcj02))
        {
            return gcj02;
        }

        return InvertByIteration(gcj02, FromWgs84);
    }

    /// <summary>
    /// Solves forward(x) = target for x by the fixed-point iteration x ← x − (forward(x) − target).
    /// It converges because the offsets vary slowly (their Jacobian is within 1e-3 of the identity).
    /// </summary>
    internal static LonLat InvertByIteration(LonLat target, Func<LonLat, LonLat> forward)
    {
        var guess = target;
        for (var i = 0; i < MaxInverseIterations; i++)
        {
            var image = forward(guess);
            var (errLon, errLat) = (image.Lon - target.Lon, image.Lat - target.Lat);
            guess = new LonLat(guess.Lon - errLon, guess.Lat - errLat);
            if (Math.Abs(errLon) < InverseToleranceDegrees && Math.Abs(errLat) < InverseToleranceDegrees)
            {
                break;
            }
        }

        return guess;
    }

    private static (double DLon, double DLat) Offset(LonLat p)
    {
        var x = p.Lon - 105.0;
        var y = p.Lat - 35.0;
        var dLat = TransformLat(x, y);
        var dLon = TransformLon(x, y);
        var radLat = p.Lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - (KrasovskyEccentricitySquared * magic * magic);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (KrasovskySemiMajorAxisMeters * (1 - KrasovskyEccentricitySquared) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (KrasovskySemiMajorAxisMeters / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLon, dLat);
    }

    private static double TransformLat(double x, double y)
    {
        var ret = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return ret;
    }

    private static double TransformLon(double x, double y)
    {
        var ret = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return ret;
    }
}
