using Hanyang.Gis.Spatial.Offsets;

namespace Hanyang.Gis.Spatial.Tests.Offsets;

/// <summary>Invariants over random points across the whole offset rectangle (fixed seed, so failures reproduce).</summary>
public class OffsetPropertyTests
{
    private const int Seed = 20261202;
    private const int Samples = 20_000;

    private static IEnumerable<LonLat> RandomPointsInChina()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Samples; i++)
        {
            yield return new LonLat(73.0 + (random.NextDouble() * 62.0), 18.0 + (random.NextDouble() * 36.0));
        }
    }

    [Fact]
    public void Gcj02_InverseOfForward_IsIdentityWithin1e7Degrees()
    {
        foreach (var p in RandomPointsInChina())
        {
            var back = Gcj02.ToWgs84(Gcj02.FromWgs84(p));
            Assert.True(Math.Abs(back.Lon - p.Lon) < 1e-7 && Math.Abs(back.Lat - p.Lat) < 1e-7, $"{p} → {back}");
        }
    }

    [Fact]
    public void Bd09_InverseOfForward_IsIdentityWithin1e7Degrees()
    {
        foreach (var p in RandomPointsInChina())
        {
            var back = Bd09.ToWgs84(Bd09.FromWgs84(p));
            Assert.True(Math.Abs(back.Lon - p.Lon) < 1e-7 && Math.Abs(back.Lat - p.Lat) < 1e-7, $"{p} → {back}");
        }
    }

    [Fact]
    public void Gcj02_Offset_IsNeverMoreThan1500MetresInChina()
    {
        foreach (var p in RandomPointsInChina())
        {
            Assert.InRange(HanyangGrid.ApproximateDistanceMeters(p, Gcj02.FromWgs84(p)), 0, 1500);
        }
    }
}
