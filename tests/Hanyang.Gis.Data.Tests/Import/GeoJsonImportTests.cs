using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import;

public sealed class GeoJsonImportTests : IDisposable
{
    private const string Point = """{"type":"Point","coordinates":[114.2654,30.5502]}""";

    // Edges (114.20 30.54)–(114.22 30.56) and (114.22 30.54)–(114.20 30.55) cross: a bow tie.
    private const string BowTie = """{"type":"Polygon","coordinates":[[[114.20,30.54],[114.22,30.56],[114.22,30.54],[114.20,30.55],[114.20,30.54]]]}""";

    private readonly ImportFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Read_PointWithoutCrsMember_IsWgs84AndLandsAtThePostGisPosition()
    {
        var path = files.GeoJson("schools.geojson", null, (Point, """{"name":"钟家村小学","capacity":1200,"open":true,"area":1.5,"note":null}"""));

        var result = Accepted(Read(path));

        var feature = Assert.Single(result.Layer.Features);
        Assert.Equal(Srid.Internal, feature.Geometry.SRID);
        Near(new Coordinate(525465.0662, 3381136.9505), feature.Geometry.Coordinate, 0.01);
        Assert.Equal("钟家村小学", feature.Attributes["name"]);
        Assert.Equal(1200L, feature.Attributes["capacity"]);
        Assert.Equal(true, feature.Attributes["open"]);
        Assert.Equal(1.5, feature.Attributes["area"]);
        Assert.Null(feature.Attributes["note"]);
        Assert.Equal(("test-layer", "schools.geojson", "wgs84"), (result.Layer.Name, result.Layer.SourceFile, result.Layer.SourceCrs));
    }

    [Fact]
    public void Read_CrsMemberEpsg4547_KeepsTheMetres()
    {
        var path = files.GeoJson("plots.geojson", "urn:ogc:def:crs:EPSG::4547", ("""{"type":"Point","coordinates":[525465.0662,3381136.9505]}""", "{}"));

        var result = Accepted(Read(path));

        Near(new Coordinate(525465.0662, 3381136.9505), result.Layer.Features[0].Geometry.Coordinate, 1e-6);
        Assert.Equal("epsg:4547", result.Layer.SourceCrs);
    }

    [Fact]
    public void Read_NoCrsMemberWithGcj02Option_RemovesTheOffset()
    {
        var path = files.GeoJson("amap.geojson", null, ("""{"type":"Point","coordinates":[114.27,30.55]}""", "{}"));

        var result = Accepted(Read(path, SourceCrs.Gcj02));

        Assert.Equal("gcj02", result.Layer.SourceCrs);
        var (x, y) = SourceCrs.Gcj02.ConvertPosition(114.27, 30.55, Srid.Internal);
        Near(new Coordinate(x, y), result.Layer.Features[0].Geometry.Coordinate, 1e-6);
    }

    [Fact]
    public void Read_CrsMemberContradictedByOption_IsRefused()
    {
        var path = files.GeoJson("plots.geojson", "EPSG:4547", ("""{"type":"Point","coordinates":[525465,3381136]}""", "{}"));

        var problem = SingleProblem(Read(path, SourceCrs.Wgs84), "plots.geojson", "declares epsg:4547", "--crs wgs84");

        Assert.Null(problem.Item);
    }

    [Fact]
    public void Read_CrsMemberUnknown_IsRefusedNotGuessed()
    {
        var path = files.GeoJson("old.geojson", "EPSG:2385", (Point, "{}"));

        SingleProblem(Read(path), "old.geojson", "EPSG:2385", "not supported");
    }

    [Fact]
    public void Read_SelfIntersectingPolygon_IsRefusedNamingTheFeature()
    {
        var path = files.GeoJson("parcels.geojson", null, (Point, "{}"), (BowTie, "{}"));

        var problem = SingleProblem(Read(path), "parcels.geojson feature 2", "Self-intersection", "--make-valid");

        Assert.Equal(2, problem.Item!.Value.Number);
    }

    [Fact]
    public void Read_SelfIntersectingPolygonWithMakeValid_IsRepairedAndReportedAsARepair()
    {
        var path = files.GeoJson("parcels.geojson", null, (BowTie, "{}"));

        var result = Accepted(Read(path, makeValid: true));

        var repaired = Assert.Single(result.Layer.Features).Geometry;
        Assert.True(repaired.IsValid);
        Assert.Equal("MultiPolygon", repaired.GeometryType);
        var repair = Assert.Single(result.Report.Repairs);
        Assert.Contains("parcels.geojson feature 1", repair, StringComparison.Ordinal);
        Assert.Contains("repaired", repair, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LatitudeOutOfRange_IsRefusedNamingValueAndSwapHint()
    {
        var path = files.GeoJson("swapped.geojson", null, ("""{"type":"Point","coordinates":[30.5502,114.2654]}""", "{}"));

        SingleProblem(Read(path), "swapped.geojson feature 1", "latitude 114.2654 is out of range", "swapped");
    }

    [Fact]
    public void Read_PointInBeijing_IsRefusedAsOutsideThePlanCrsArea()
    {
        var path = files.GeoJson("beijing.geojson", null, ("""{"type":"Point","coordinates":[116.39,39.91]}""", "{}"));

        SingleProblem(Read(path), "beijing.geojson feature 1", "the area of the plan's coordinate system EPSG:4547");
    }

    [Fact]
    public void Read_MetresDeclaredAsWgs84_IsRefusedAsOutOfRange()
    {
        var path = files.GeoJson("metres.geojson", null, ("""{"type":"Point","coordinates":[525465.0,3381136.9]}""", "{}"));

        SingleProblem(Read(path), "metres.geojson feature 1", "longitude 525465 is out of range");
    }

    [Fact]
    public void Read_PropertyTypeMismatch_NamesTheOddFeature()
    {
        var path = files.GeoJson("schools.geojson", null, (Point, """{"capacity":100}"""), (Point, """{"capacity":200}"""), (Point, """{"capacity":"3OO"}"""));

        SingleProblem(Read(path), "schools.geojson feature 3", "capacity", "the text '3OO'");
    }

    [Fact]
    public void Read_EmptyFeatureCollection_IsRefused()
    {
        var path = files.Text("empty.geojson", """{"type":"FeatureCollection","features":[]}""");

        SingleProblem(Read(path), "empty.geojson", "no features");
    }

    [Fact]
    public void Read_NotJson_IsRefusedWithTheLine()
    {
        var path = files.Text("broken.json", "{\"type\":\n\"FeatureCollection\",,}");

        SingleProblem(Read(path), "broken.json", "not valid JSON at line 2");
    }

    [Fact]
    public void Read_SeveralBrokenFeatures_ReportsEveryOne()
    {
        var path = files.GeoJson(
            "mixed.geojson",
            null,
            (Point, "{}"),
            ("null", "{}"),
            ("""{"type":"Point","coordinates":[116.39,39.91]}""", "{}"),
            ("""{"type":"LineString","coordinates":[[114.2,30.5]]}""", "{}"));

        var problems = Read(path).Report.Problems;

        Assert.Equal([2, 3, 4], problems.Select(p => p.Item!.Value.Number));
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var path = files.GeoJson("big.geojson", null, (Point, "{}"));

        SingleProblem(Read(path, limits: new ImportLimits(MaxFileBytes: 10, MaxFeatures: 10)), "big.geojson", "larger than the limit");
    }

    [Fact]
    public void Read_MoreFeaturesThanTheLimit_IsRefused()
    {
        var path = files.GeoJson("many.geojson", null, (Point, "{}"), (Point, "{}"), (Point, "{}"));

        SingleProblem(Read(path, limits: new ImportLimits(MaxFileBytes: 1_000_000, MaxFeatures: 2)), "many.geojson", "more than 2 features");
    }
}
