using Hanyang.Gis.Spatial.Offsets;

namespace Hanyang.Gis.Spatial.Tests;

/// <summary>Regular grids of test points over the district (≈114.00–114.32°E, 30.45–30.62°N).</summary>
internal static class HanyangGrid
{
    public const double MinLon = 114.00;
    public const double MaxLon = 114.32;
    public const double MinLat = 30.45;
    public const double MaxLat = 30.62;

    public static IEnumerable<LonLat> LonLats(int columns, int rows)
    {
        for (var i = 0; i < columns; i++)
        {
            for (var j = 0; j < rows; j++)
            {
                yield return new LonLat(
                    MinLon + ((MaxLon - MinLon) * i / (columns - 1)),
                    MinLat + ((MaxLat - MinLat) * j / (rows - 1)));
            }
        }
    }

    /// <summary>Equirectangular distance: good to 0.1 % over a few kilometres, enough for offset sizes.</summary>
    public static double ApproximateDistanceMeters(LonLat a, LonLat b)
    {
        const double metersPerDegree = 111_320.0;
        var dx = (b.Lon - a.Lon) * metersPerDegree * Math.Cos(a.Lat * Math.PI / 180);
        var dy = (b.Lat - a.Lat) * metersPerDegree;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
