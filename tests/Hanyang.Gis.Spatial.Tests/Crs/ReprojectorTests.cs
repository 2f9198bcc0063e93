using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Spatial.Tests.Crs;

public class ReprojectorTests
{
    [Fact]
    public void Transform_ReferencePointToGaussKruger_MatchesPostGisAndProj4jsToTheMillimetre()
    {
        // Reference value computed by PostGIS ST_Transform and by proj4js (ENVIRONMENT.md).
        var (e, n) = Reprojector.Transform(114.2654, 30.5502, Srid.Wgs84, Srid.Cgcs2000GaussKruger114E);

        Assert.Equal(525465.0662, e, 0.001);
        Assert.Equal(3381136.9505, n, 0.001);
    }

    [Fact]
    public void Transform_CentralMeridianOnEquator_IsFalseEastingAndZeroNorthing()
    {
        var (e, n) = Reprojector.Transform(114.0, 0.0, Srid.Wgs84, Srid.Cgcs2000GaussKruger114E);

        Assert.Equal(500000.0, e, 1e-6);
        Assert.Equal(0.0, n, 1e-6);
    }

    [Fact]
    public void Transform_ToWebMercator_MatchesSphericalFormula()
    {
        const double R = 6378137.0;
        var (lon, lat) = (114.2654, 30.5502);

        var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.WebMercator);

        Assert.Equal(R * lon * Math.PI / 180, x, 1e-6);
        Assert.Equal(R * Math.Log(Math.Tan((Math.PI / 4) + (lat * Math.PI / 360))), y, 1e-6);
    }

    [Fact]
    public void RoundTrip_Wgs84ToGaussKrugerAndBack_Within1e7DegreesOnGrid()
    {
        foreach (var p in HanyangGrid.LonLats(21, 21))
        {
            var (e, n) = Reprojector.Transform(p.Lon, p.Lat, Srid.Wgs84, Srid.Cgcs2000GaussKruger114E);
            var (lon, lat) = Reprojector.Transform(e, n, Srid.Cgcs2000GaussKruger114E, Srid.Wgs84);

            Assert.True(Math.Abs(lon - p.Lon) < 1e-7 && Math.Abs(lat - p.Lat) < 1e-7, $"{p} came back as ({lon}, {lat})");
        }
    }

    [Fact]
    public void RoundTrip_GaussKrugerToWebMercatorAndBack_WithinAMillimetre()
    {
        var (e, n) = (525465.0662, 3381136.9505);

        var (x, y) = Reprojector.Transform(e, n, Srid.Cgcs2000GaussKruger114E, Srid.WebMercator);
        var (e2, n2) = Reprojector.Transform(x, y, Srid.WebMercator, Srid.Cgcs2000GaussKruger114E);

        Assert.Equal(e, e2, 0.001);
        Assert.Equal(n, n2, 0.001);
    }

    [Fact]
    public void Transform_Geometry_ReturnsCopyInTargetSridAndLeavesSourceUntouched()
    {
        var source = GeometryFactories.FromWkt("POLYGON ((114.26 30.55, 114.27 30.55, 114.27 30.56, 114.26 30.56, 114.26 30.55))", Srid.Wgs84);
        var before = source.Copy();

        var result = Reprojector.Transform(source, Srid.Internal);

        Assert.Equal(Srid.Internal, result.SRID);
        Assert.Same(GeometryFactories.Internal, result.Factory);
        Assert.True(source.EqualsExact(before), "the source geometry was changed");
        Assert.Equal(Srid.Wgs84, source.SRID);
        Assert.InRange(result.Area, 0.9e6, 1.2e6); // ≈ 960 m × 1110 m
    }

    [Fact]
    public void Transform_GeometryBetweenGeographicSrids_KeepsCoordinatesAndChangesSrid()
    {
        var source = GeometryFactories.Wgs84.CreatePoint(new Coordinate(114.2654, 30.5502));

        var result = Reprojector.Transform(source, Srid.Cgcs2000);

        Assert.Equal(Srid.Cgcs2000, result.SRID);
        Assert.Equal(source.Coordinate, result.Coordinate);
        Assert.NotSame(source, result);
    }

    [Fact]
    public void Transform_GeometryWithoutSrid_ThrowsMissingSrid()
    {
        var point = new GeometryFactory().CreatePoint(new Coordinate(114.2654, 30.5502));

        var error = Assert.Throws<MissingSridException>(() => Reprojector.Transform(point, Srid.Internal));

        Assert.Contains("no coordinate reference system", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_UnsupportedSrid_ThrowsUnsupportedSrid()
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(114.2654, 30.5502));

        var error = Assert.Throws<UnsupportedSridException>(() => Reprojector.Transform(point, 32650));

        Assert.Equal(32650, error.RequestedSrid);
        Assert.Contains("EPSG:32650", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_FromManyThreads_GivesTheSameResultsAsOneThread()
    {
        var points = HanyangGrid.LonLats(40, 40).ToArray();
        var expected = points.Select(p => Reprojector.Transform(p.Lon, p.Lat, Srid.Wgs84, Srid.Internal)).ToArray();

        var results = new (double X, double Y)[Environment.ProcessorCount * 4][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4 }, t =>
        {
            results[t] = points.Select(p => Reprojector.Transform(p.Lon, p.Lat, Srid.Wgs84, Srid.Internal)).ToArray();
        });

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
