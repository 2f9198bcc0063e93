using Hanyang.Gis.Spatial.Offsets;

namespace Hanyang.Gis.Spatial.Tests.Offsets;

public class Gcj02Tests
{
    // Published test vectors of the eviltransform implementations (wgsLat, wgsLon, gcjLat, gcjLon):
    // Shanghai, Shenzhen, Beijing.
    public static TheoryData<double, double, double, double> PublishedPairs => new()
    {
        { 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215 },
        { 22.543847, 113.912316, 22.540796131694766, 113.9171764808363 },
        { 39.911954, 116.377817, 39.91334545536069, 116.38404722455657 },
    };

    [Theory]
    [MemberData(nameof(PublishedPairs))]
    public void FromWgs84_PublishedPair_MatchesPublishedGcj02(double wgsLat, double wgsLon, double gcjLat, double gcjLon)
    {
        var gcj = Gcj02.FromWgs84(new LonLat(wgsLon, wgsLat));

        Assert.Equal(gcjLon, gcj.Lon, 1e-12);
        Assert.Equal(gcjLat, gcj.Lat, 1e-12);
    }

    [Theory]
    [MemberData(nameof(PublishedPairs))]
    public void ToWgs84_PublishedPair_RecoversWgs84Within1e7Degrees(double wgsLat, double wgsLon, double gcjLat, double gcjLon)
    {
        var wgs = Gcj02.ToWgs84(new LonLat(gcjLon, gcjLat));

        Assert.Equal(wgsLon, wgs.Lon, 1e-7);
        Assert.Equal(wgsLat, wgs.Lat, 1e-7);
    }

    [Fact]
    public void RoundTrip_GridOverHanyang_GcjToWgsToGcjWithin1e7Degrees()
    {
        foreach (var gcj in HanyangGrid.LonLats(21, 21))
        {
            var back = Gcj02.FromWgs84(Gcj02.ToWgs84(gcj));

            Assert.True(Math.Abs(back.Lon - gcj.Lon) < 1e-7 && Math.Abs(back.Lat - gcj.Lat) < 1e-7,
                $"{gcj} came back as {back}");
        }
    }

    [Fact]
    public void RoundTrip_GridOverHanyang_WgsToGcjToWgsWithin1e9Degrees()
    {
        foreach (var wgs in HanyangGrid.LonLats(21, 21))
        {
            var back = Gcj02.ToWgs84(Gcj02.FromWgs84(wgs));

            Assert.Equal(wgs.Lon, back.Lon, 1e-9);
            Assert.Equal(wgs.Lat, back.Lat, 1e-9);
        }
    }

    [Fact]
    public void FromWgs84_InHanyang_ShiftsRoughly590Meters()
    {
        var wgs = new LonLat(114.2654, 30.5502);

        var shift = HanyangGrid.ApproximateDistanceMeters(wgs, Gcj02.FromWgs84(wgs));

        Assert.InRange(shift, 500, 700);
    }

    [Theory]
    [InlineData(-104.9903, 39.7392)] // Denver
    [InlineData(153.0251, -27.4698)] // Brisbane
    [InlineData(2.3522, 48.8566)] // Paris
    [InlineData(140.0, 30.0)] // east of the rectangle
    public void Convert_OutsideChina_ReturnsInputUnchanged(double lon, double lat)
    {
        var point = new LonLat(lon, lat);

        Assert.True(Gcj02.IsOutsideChina(point));
        Assert.Equal(point, Gcj02.FromWgs84(point));
        Assert.Equal(point, Gcj02.ToWgs84(point));
    }

    [Fact]
    public void IsOutsideChina_Hanyang_IsFalse() => Assert.False(Gcj02.IsOutsideChina(new LonLat(114.2654, 30.5502)));

    [Fact]
    public void FromWgs84_CoordtransformFixture_MatchesPublished()
    {
        // wandergis/coordtransform test/app.js: wgs84togcj02(116.404, 39.915).
        var gcj = Gcj02.FromWgs84(new LonLat(116.404, 39.915));

        Assert.Equal(116.41024449916938, gcj.Lon, 1e-12);
        Assert.Equal(39.91640428150164, gcj.Lat, 1e-12);
    }
}
