namespace Hanyang.Gis.Spatial.Tests;

public class GeometryFactoriesTests
{
    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Cgcs2000)]
    [InlineData(Srid.Cgcs2000GaussKruger114E)]
    [InlineData(Srid.WebMercator)]
    public void For_SupportedSrid_ReturnsOneSharedFactoryCarryingThatSrid(int srid)
    {
        var factory = GeometryFactories.For(srid);

        Assert.Equal(srid, factory.SRID);
        Assert.Same(factory, GeometryFactories.For(srid));
    }

    [Fact]
    public void NamedFactories_AreTheOnesForTheirSrids()
    {
        Assert.Same(GeometryFactories.For(Srid.Wgs84), GeometryFactories.Wgs84);
        Assert.Same(GeometryFactories.For(Srid.Cgcs2000), GeometryFactories.Cgcs2000);
        Assert.Same(GeometryFactories.For(Srid.Internal), GeometryFactories.Internal);
        Assert.Same(GeometryFactories.For(Srid.WebMercator), GeometryFactories.WebMercator);
        Assert.Equal(4547, Srid.Internal);
    }

    [Fact]
    public void For_UnsupportedSrid_ThrowsNamingTheSupportedOnes()
    {
        var error = Assert.Throws<UnsupportedSridException>(() => GeometryFactories.For(4214));

        Assert.Contains("EPSG:4214", error.Message, StringComparison.Ordinal);
        Assert.Contains("EPSG:4547", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromWkt_ReadsIntoTheRequestedSrid()
    {
        var point = GeometryFactories.FromWkt("POINT (114.2654 30.5502)", Srid.Wgs84);

        Assert.Equal(Srid.Wgs84, point.SRID);
        Assert.Same(GeometryFactories.Wgs84, point.Factory);
        Assert.Equal(114.2654, point.Coordinate.X);
    }
}
