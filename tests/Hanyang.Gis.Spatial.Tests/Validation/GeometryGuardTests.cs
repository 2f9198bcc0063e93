using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Spatial.Tests.Validation;

public class GeometryGuardTests
{
    private const string Square = "POLYGON ((525000 3381000, 526000 3381000, 526000 3382000, 525000 3382000, 525000 3381000))";

    [Fact]
    public void Check_ValidGeometryInExpectedSrid_Passes()
    {
        var polygon = GeometryFactories.FromWkt(Square, Srid.Internal);

        GeometryGuard.Check(polygon, Srid.Internal, "feature 1");

        Assert.Null(GeometryGuard.Find(polygon, Srid.Internal));
    }

    [Theory]
    [InlineData("MULTIPOLYGON EMPTY")]
    [InlineData("POINT EMPTY")]
    public void Check_EmptyGeometry_ThrowsEmptyGeometry(string wkt)
    {
        var geometry = GeometryFactories.FromWkt(wkt, Srid.Internal);

        var error = Assert.Throws<EmptyGeometryException>(() => GeometryGuard.Check(geometry, Srid.Internal, "geometry"));

        Assert.Null(error.Part);
        Assert.StartsWith("geometry: the ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("is empty: it has no coordinates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CollectionWithAnEmptyPart_ThrowsEmptyGeometryNamingThePart()
    {
        var factory = GeometryFactories.Internal;
        var collection = factory.CreateGeometryCollection([factory.CreatePoint(new Coordinate(525000, 3381000)), factory.CreatePolygon()]);

        var error = Assert.Throws<EmptyGeometryException>(() => GeometryGuard.Check(collection, Srid.Internal, "geometry"));

        Assert.Equal(1, error.Part);
        Assert.Equal("geometry: part 1 of the GeometryCollection is empty: every part needs coordinates", error.Message);
    }

    [Fact]
    public void Check_NoSrid_ThrowsMissingSridNamingTheSubject()
    {
        var point = new GeometryFactory().CreatePoint(new Coordinate(114.2654, 30.5502));

        var error = Assert.Throws<MissingSridException>(() => GeometryGuard.Check(point, Srid.Wgs84, "communities.geojson feature 17"));

        Assert.Equal("communities.geojson feature 17", error.Subject);
        Assert.StartsWith("communities.geojson feature 17: the geometry has no coordinate reference system", error.Message, StringComparison.Ordinal);
        Assert.Contains("EPSG:4326", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherSrid_ThrowsUnexpectedSridNamingBoth()
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(114.2654, 30.5502));

        var error = Assert.Throws<UnexpectedSridException>(() => GeometryGuard.Check(point, Srid.Internal, "row 4"));

        Assert.Equal(Srid.Internal, error.ExpectedSrid);
        Assert.Equal(Srid.Wgs84, error.ActualSrid);
        Assert.Equal("row 4: the geometry is in EPSG:4326 (WGS84) but EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E) is required", error.Message);
    }

    [Fact]
    public void Check_UnsupportedExpectedSrid_ThrowsUnsupportedSrid()
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(114.2654, 30.5502));

        Assert.Throws<UnsupportedSridException>(() => GeometryGuard.Check(point, 2000));
    }

    [Theory]
    [InlineData(double.NaN, 30.55, "longitude", "NaN")]
    [InlineData(114.26, double.PositiveInfinity, "latitude", "+∞")]
    [InlineData(double.NegativeInfinity, 30.55, "longitude", "−∞")]
    public void Check_NonFiniteCoordinate_ThrowsNonFiniteNamingAxisAndIndex(double lon, double lat, string axis, string shown)
    {
        var line = GeometryFactories.Wgs84.CreateLineString([new Coordinate(114.25, 30.55), new Coordinate(lon, lat)]);

        var error = Assert.Throws<NonFiniteCoordinateException>(() => GeometryGuard.Check(line, Srid.Wgs84, "feature 3"));

        Assert.Equal(1, error.CoordinateIndex);
        Assert.Equal(axis, error.Axis);
        Assert.Equal($"feature 3: coordinate 1: {axis} is {shown}, not a finite number", error.Message);
    }

    [Fact]
    public void Check_LongitudeOutOfRange_ThrowsOutOfRangeWithThePlannerReadableMessage()
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(191.2, 30.55));

        var error = Assert.Throws<CoordinateOutOfRangeException>(() => GeometryGuard.Check(point, Srid.Wgs84, "row 17"));

        Assert.Equal("row 17: coordinate 0: longitude 191.2 is out of range for EPSG:4326 (WGS84) (-180 to 180)", error.Message);
        Assert.Equal(191.2, error.Value);
    }

    [Fact]
    public void Check_LatitudeOutOfRange_ThrowsOutOfRange()
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(114.26, -95));

        var error = Assert.Throws<CoordinateOutOfRangeException>(() => GeometryGuard.Check(point, Srid.Wgs84));

        Assert.Equal("latitude", error.Axis);
    }

    [Fact]
    public void Check_LonLatValuesInGaussKrugerGeometry_ThrowsOutsideAreaOfUse()
    {
        // A classic mistake: degrees written into a metre-based CRS.
        var point = GeometryFactories.Internal.CreatePoint(new Coordinate(114.2654, 30.5502));

        var error = Assert.Throws<CoordinateOutOfRangeException>(() => GeometryGuard.Check(point, Srid.Internal));

        Assert.Equal("easting", error.Axis);
        Assert.Contains("area of use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SelfIntersectingPolygon_ThrowsInvalidGeometryWithLocation()
    {
        var bowtie = GeometryFactories.FromWkt("POLYGON ((525000 3381000, 526000 3382000, 526000 3381000, 525000 3382000, 525000 3381000))", Srid.Internal);

        var error = Assert.Throws<InvalidGeometryException>(() => GeometryGuard.Check(bowtie, Srid.Internal, "zones.geojson feature 2"));

        Assert.Equal("Self-intersection", error.Problem);
        Assert.Equal("(525500, 3381500)", error.Location);
        Assert.StartsWith("zones.geojson feature 2: invalid geometry: Self-intersection at (525500, 3381500)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HoleOutsideShell_ThrowsInvalidGeometry()
    {
        var polygon = GeometryFactories.FromWkt(
            "POLYGON ((525000 3381000, 526000 3381000, 526000 3382000, 525000 3382000, 525000 3381000), (527000 3381000, 527500 3381000, 527500 3381500, 527000 3381000))",
            Srid.Internal);

        var error = Assert.Throws<InvalidGeometryException>(() => GeometryGuard.RequireValid(polygon));

        Assert.Contains("Hole lies outside shell", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutsidePlausibleExtent_ThrowsOutOfRangeNamingTheExtent()
    {
        var hanyang = new CoordinateRange("the Hanyang extent", "longitude", "latitude", new Envelope(113.9, 114.4, 30.4, 30.7));
        var beijing = GeometryFactories.Wgs84.CreatePoint(new Coordinate(116.39, 39.9));

        var error = Assert.Throws<CoordinateOutOfRangeException>(() => GeometryGuard.Check(beijing, Srid.Wgs84, "row 2", hanyang));

        Assert.Contains("the Hanyang extent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireSrid_Matching_DoesNotThrow() =>
        GeometryGuard.RequireSrid(GeometryFactories.WebMercator.CreatePoint(new Coordinate(0, 0)), Srid.WebMercator);

    [Fact]
    public void RequireCoordinatesIn_WebMercatorBeyondTheWorld_Throws()
    {
        var point = GeometryFactories.WebMercator.CreatePoint(new Coordinate(2.1e7, 0));

        Assert.Throws<CoordinateOutOfRangeException>(() => GeometryGuard.RequireCoordinatesIn(point, CoordinateRange.For(Srid.WebMercator)));
    }

    [Fact]
    public void Check_NeverChangesTheGeometry()
    {
        var polygon = GeometryFactories.FromWkt(Square, Srid.Internal);
        var before = polygon.Copy();

        _ = GeometryGuard.Find(polygon, Srid.Internal);

        Assert.True(polygon.EqualsExact(before));
    }
}
