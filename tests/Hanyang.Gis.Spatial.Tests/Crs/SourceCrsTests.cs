using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Offsets;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Spatial.Tests.Crs;

public class SourceCrsTests
{
    [Theory]
    [InlineData("wgs84", "wgs84", 4326)]
    [InlineData("EPSG:4326", "wgs84", 4326)]
    [InlineData("cgcs2000", "cgcs2000", 4490)]
    [InlineData("GCJ02", "gcj02", 4326)]
    [InlineData("bd-09", "bd09", 4326)]
    [InlineData("epsg:4547", "epsg:4547", 4547)]
    [InlineData(" epsg:3857 ", "epsg:3857", 3857)]
    public void Parse_KnownName_ReturnsThatCrs(string text, string name, int srid)
    {
        var crs = SourceCrs.Parse(text);

        Assert.Equal(name, crs.Name);
        Assert.Equal(srid, crs.Srid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("wgs-84x")]
    [InlineData("epsg:")]
    [InlineData("epsg:abc")]
    public void Parse_UnknownName_ThrowsFormatExceptionListingTheAcceptedOnes(string text)
    {
        var error = Assert.Throws<FormatException>(() => SourceCrs.Parse(text));

        Assert.Contains("wgs84, cgcs2000, gcj02, bd09", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnsupportedEpsgCode_ThrowsUnsupportedSrid() =>
        Assert.Throws<UnsupportedSridException>(() => SourceCrs.Parse("epsg:2436"));

    [Fact]
    public void Convert_Gcj02PointToInternal_LandsWithin1MetreOfTheWgs84Truth()
    {
        var truth = new LonLat(114.2654, 30.5502);
        var gcj = Gcj02.FromWgs84(truth);
        var declaredGcj = new GeometryFactory().CreatePoint(new Coordinate(gcj.Lon, gcj.Lat));

        var converted = SourceCrs.Gcj02.Convert(declaredGcj, Srid.Internal);
        var expected = Reprojector.Transform(truth.Lon, truth.Lat, Srid.Wgs84, Srid.Internal);

        Assert.Equal(Srid.Internal, converted.SRID);
        Assert.True(converted.Coordinate.Distance(new Coordinate(expected.X, expected.Y)) < 1.0);
        Assert.Equal(0, declaredGcj.SRID);
        Assert.Equal(gcj.Lon, declaredGcj.Coordinate.X);
    }

    [Fact]
    public void Convert_Bd09LineToWgs84_RemovesTheOffsetFromEveryVertex()
    {
        var truth = new[] { new LonLat(114.25, 30.55), new LonLat(114.26, 30.56) };
        var bd = truth.Select(Bd09.FromWgs84).Select(p => new Coordinate(p.Lon, p.Lat)).ToArray();

        var converted = SourceCrs.Bd09.Convert(GeometryFactories.Wgs84.CreateLineString(bd), Srid.Wgs84);

        Assert.Equal(Srid.Wgs84, converted.SRID);
        for (var i = 0; i < truth.Length; i++)
        {
            Assert.Equal(truth[i].Lon, converted.Coordinates[i].X, 1e-9);
            Assert.Equal(truth[i].Lat, converted.Coordinates[i].Y, 1e-9);
        }
    }

    [Fact]
    public void Convert_GaussKrugerSourceToWgs84_Reprojects()
    {
        var point = new GeometryFactory().CreatePoint(new Coordinate(525465.0662, 3381136.9505));

        var converted = SourceCrs.Parse("epsg:4547").Convert(point, Srid.Wgs84);

        Assert.Equal(114.2654, converted.Coordinate.X, 1e-7);
        Assert.Equal(30.5502, converted.Coordinate.Y, 1e-7);
        Assert.False(SourceCrs.Parse("epsg:4547").IsOffset);
        Assert.True(SourceCrs.Gcj02.IsOffset);
    }
}
