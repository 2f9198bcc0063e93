using Hanyang.Gis.Spatial.Offsets;

namespace Hanyang.Gis.Spatial.Tests.Offsets;

public class Bd09Tests
{
    // Published fixtures of wandergis/coordtransform (test/app.js), all for the input (116.404, 39.915).
    private static readonly LonLat Fixture = new(116.404, 39.915);

    [Fact]
    public void FromGcj02_PublishedFixture_MatchesExactly()
    {
        var bd = Bd09.FromGcj02(Fixture);

        Assert.Equal(116.41036949371029, bd.Lon, 1e-12);
        Assert.Equal(39.92133699351021, bd.Lat, 1e-12);
    }

    [Fact]
    public void ToGcj02_PublishedFixture_AgreesWithPublishedClosedFormWithinAMeter()
    {
        // The published inverse is a closed-form approximation; the iterative one is exact, so they
        // agree only to the approximation's error (well under a metre).
        var gcj = Bd09.ToGcj02(Fixture);

        Assert.True(HanyangGrid.ApproximateDistanceMeters(gcj, new LonLat(116.39762729119315, 39.90865673957631)) < 1.0, $"got {gcj}");
        Assert.Equal(Fixture.Lon, Bd09.FromGcj02(gcj).Lon, 1e-9);
        Assert.Equal(Fixture.Lat, Bd09.FromGcj02(gcj).Lat, 1e-9);
    }

    [Fact]
    public void FromWgs84_PublishedFixture_IsGcjThenBd()
    {
        var bd = Bd09.FromWgs84(Fixture);

        Assert.Equal(116.41662724378733, bd.Lon, 1e-9);
        Assert.Equal(39.922699552216216, bd.Lat, 1e-9);
    }

    [Fact]
    public void RoundTrip_GridOverHanyang_BdToWgsToBdWithin1e7Degrees()
    {
        foreach (var bd in HanyangGrid.LonLats(21, 21))
        {
            var back = Bd09.FromWgs84(Bd09.ToWgs84(bd));

            Assert.True(Math.Abs(back.Lon - bd.Lon) < 1e-7 && Math.Abs(back.Lat - bd.Lat) < 1e-7, $"{bd} came back as {back}");
        }
    }

    [Fact]
    public void RoundTrip_GridOverHanyang_GcjToBdToGcjWithin1e7Degrees()
    {
        foreach (var gcj in HanyangGrid.LonLats(11, 11))
        {
            var back = Bd09.ToGcj02(Bd09.FromGcj02(gcj));

            Assert.True(Math.Abs(back.Lon - gcj.Lon) < 1e-7 && Math.Abs(back.Lat - gcj.Lat) < 1e-7, $"{gcj} came back as {back}");
        }
    }

    [Fact]
    public void FromWgs84_InHanyang_ShiftsFurtherThanGcj02()
    {
        var wgs = new LonLat(114.2654, 30.5502);

        var bdShift = HanyangGrid.ApproximateDistanceMeters(wgs, Bd09.FromWgs84(wgs));
        var gcjShift = HanyangGrid.ApproximateDistanceMeters(wgs, Gcj02.FromWgs84(wgs));

        Assert.InRange(bdShift, 1000, 1500);
        Assert.True(bdShift > gcjShift);
    }

    [Theory]
    [InlineData(-104.9903, 39.7392)]
    [InlineData(2.3522, 48.8566)]
    public void Convert_OutsideChina_ReturnsInputUnchanged(double lon, double lat)
    {
        var point = new LonLat(lon, lat);

        Assert.Equal(point, Bd09.FromWgs84(point));
        Assert.Equal(point, Bd09.ToWgs84(point));
        Assert.Equal(point, Bd09.FromGcj02(point));
        Assert.Equal(point, Bd09.ToGcj02(point));
    }
}
