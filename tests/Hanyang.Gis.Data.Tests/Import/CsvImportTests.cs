using System.Globalization;
using System.Text;
using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Offsets;
using NetTopologySuite.Geometries;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import;

public sealed class CsvImportTests : IDisposable
{
    private readonly ImportFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Read_CsvWithCrsWgs84_InfersAttributeTypesPerColumn()
    {
        var path = files.Text("schools.csv", "name,lon,lat,capacity,area,open,code\n钟家村小学,114.2654,30.5502,1200,1.5,true,0042\n\"Hanyang, No. 2\",114.25,30.55,,2,FALSE,A7\n");

        var result = Accepted(Read(path, SourceCrs.Wgs84));

        Assert.Equal(2, result.Layer.Features.Count);
        var first = result.Layer.Features[0];
        Near(new Coordinate(525465.0662, 3381136.9505), first.Geometry.Coordinate, 0.01);
        Assert.Equal("钟家村小学", first.Attributes["name"]);
        Assert.Equal(1200L, first.Attributes["capacity"]);
        Assert.Equal(1.5, first.Attributes["area"]);
        Assert.Equal(true, first.Attributes["open"]);
        Assert.Equal("0042", first.Attributes["code"]);
        Assert.False(first.Attributes.ContainsKey("lon"));
        var second = result.Layer.Features[1];
        Assert.Equal("Hanyang, No. 2", second.Attributes["name"]);
        Assert.Null(second.Attributes["capacity"]);
        Assert.Equal(2.0, second.Attributes["area"]);
        Assert.Equal(false, second.Attributes["open"]);
    }

    [Fact]
    public void Read_CsvWithoutCrs_IsRefusedAskingForCrs()
    {
        var path = files.Text("points.csv", "lon,lat\n114.2654,30.5502\n");

        var problem = SingleProblem(Read(path), "points.csv", "--crs wgs84|gcj02|bd09");

        Assert.Null(problem.Item);
    }

    [Fact]
    public void Read_Gcj02CsvDeclaredGcj02_LandsWithinOneMetreOfTheWgs84Truth()
    {
        var truth = new LonLat(ImportFiles.Lon, ImportFiles.Lat);
        var gcj = Gcj02.FromWgs84(truth);
        var path = files.Text("amap.csv", string.Create(CultureInfo.InvariantCulture, $"name,lng,lat\n钟家村,{gcj.Lon:R},{gcj.Lat:R}\n"));

        var imported = Accepted(Read(path, SourceCrs.Gcj02)).Layer.Features[0].Geometry.Coordinate;

        Near(ImportFiles.Internal(truth.Lon, truth.Lat), imported, 1.0);
        Assert.True(ImportFiles.Internal(gcj.Lon, gcj.Lat).Distance(imported) > 300, "the GCJ-02 offset (≈590 m in Hanyang) must have been removed");
    }

    [Fact]
    public void Read_Bd09CsvDeclaredBd09_LandsWithinOneMetreOfTheWgs84Truth()
    {
        var bd = Bd09.FromWgs84(new LonLat(ImportFiles.Lon, ImportFiles.Lat));
        var path = files.Text("baidu.csv", string.Create(CultureInfo.InvariantCulture, $"longitude,latitude\n{bd.Lon:R},{bd.Lat:R}\n"));

        var imported = Accepted(Read(path, SourceCrs.Bd09)).Layer.Features[0].Geometry.Coordinate;

        Near(ImportFiles.Internal(ImportFiles.Lon, ImportFiles.Lat), imported, 1.0);
    }

    [Fact]
    public void Read_CsvWithSeveralBadRows_ReportsEveryRowWithItsNumber()
    {
        var csv = new StringBuilder("name,lon,lat,capacity\n")
            .Append("ok,114.2654,30.5502,10\n")     // row 1
            .Append("bad-lon,abc,30.55,20\n")        // row 2: not a number
            .Append("nan,NaN,30.55,30\n")            // row 3: NaN
            .Append("typo,114.26,30.55,4O\n")        // row 4: capacity is numeric in most rows
            .Append("north,114.26,95.1,50\n")        // row 5: latitude out of range
            .Append("short,114.26\n")                // row 6: too few cells
            .Append("ok2,114.27,30.56,60\n")         // row 7
            .ToString();
        var path = files.Text("schools.csv", csv);

        var problems = Read(path, SourceCrs.Wgs84).Report.Problems;

        Assert.Equal([2, 3, 4, 5, 6], problems.Select(p => p.Item!.Value.Number));
        Assert.All(problems, p => Assert.Equal(ImportItemKind.Row, p.Item!.Value.Kind));
        Assert.Contains("schools.csv row 2 (line 3): column 'lon': the longitude 'abc' is not a number", problems[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("NaN", problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("column 'capacity': expected a whole number", problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("latitude 95.1 is out of range", problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("has 2 cells but the header has 4", problems[4].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvWithBadRows_ExceptionMessageSaysHowRowsAreCounted()
    {
        var path = files.Text("schools.csv", "lon,lat\n114.2654,30.5502\n114.26,abc\n");

        var exception = new ImportException(Read(path, SourceCrs.Wgs84).Report);

        Assert.Contains("schools.csv row 2 (line 3)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("row 1 is the first data row after the header", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedCellSpanningLines_KeepsFileLineNumbers()
    {
        var path = files.Text("notes.csv", "note,lon,lat\n\"first\nsecond\",114.2654,30.5502\nx,114.26,91\n");

        var problem = SingleProblem(Read(path, SourceCrs.Wgs84), "notes.csv row 2 (line 4)");

        Assert.Equal(2, problem.Item!.Value.Number);
    }

    [Fact]
    public void Read_CoordinateColumnsNamedInAnyCaseWithSemicolons_AreFound()
    {
        var path = files.Text("points.csv", "\uFEFFLongitude;LATITUDE;Name\n114.2654;30.5502;a\n");

        var feature = Accepted(Read(path, SourceCrs.Wgs84)).Layer.Features[0];

        Assert.Equal("a", feature.Attributes["Name"]);
        Near(new Coordinate(525465.0662, 3381136.9505), feature.Geometry.Coordinate, 0.01);
    }

    [Fact]
    public void Read_CsvWithoutLatitudeColumn_IsRefusedNamingTheHeader()
    {
        var path = files.Text("points.csv", "lon,y\n114.2654,30.5502\n");

        SingleProblem(Read(path, SourceCrs.Wgs84), "points.csv", "no latitude column", "lat or latitude");
    }

    [Fact]
    public void Read_EmptyCsv_IsRefused()
    {
        var path = files.Text("empty.csv", string.Empty);

        SingleProblem(Read(path, SourceCrs.Wgs84), "empty.csv", "is empty");
    }

    [Fact]
    public void Read_CsvWithOnlyAHeader_IsRefused()
    {
        var path = files.Text("header.csv", "lon,lat\n");

        SingleProblem(Read(path, SourceCrs.Wgs84), "header.csv", "no data rows");
    }

    [Fact]
    public void Read_CsvLargerThanTheLimit_IsRefused()
    {
        var path = files.Text("big.csv", "lon,lat\n" + string.Concat(Enumerable.Repeat("114.2654,30.5502\n", 100)));

        SingleProblem(Read(path, SourceCrs.Wgs84, limits: new ImportLimits(MaxFileBytes: 1024, MaxFeatures: 1000)), "big.csv", "larger than the limit of 0 MB");
    }

    [Fact]
    public void Read_CsvWithMoreRowsThanTheLimit_IsRefusedWithoutReadingOn()
    {
        var path = files.Text("many.csv", "lon,lat\n" + string.Concat(Enumerable.Repeat("114.2654,30.5502\n", 5)));

        var result = Read(path, SourceCrs.Wgs84, limits: new ImportLimits(MaxFileBytes: 1_000_000, MaxFeatures: 3));

        SingleProblem(result, "many.csv", "more than 3 features");
        Assert.Empty(result.Layer.Features);
    }

    [Fact]
    public void Read_CsvRowsInProgress_ReportsTheCount()
    {
        var path = files.Text("points.csv", "lon,lat\n" + string.Concat(Enumerable.Repeat("114.2654,30.5502\n", 2500)));
        var reported = new List<int>();

        LayerImporter.Read(path, "points", new ImportOptions(SourceCrs.Wgs84), new SynchronousProgress(reported.Add), CancellationToken.None);

        Assert.Equal([1000, 2000, 2500], reported);
    }

    [Fact]
    public void Read_CsvInEpsg4547_KeepsTheMetres()
    {
        var path = files.Text("plots.csv", "lon,lat\n525465.0662,3381136.9505\n");

        var result = Accepted(Read(path, SourceCrs.Parse("epsg:4547")));

        Assert.Equal(Srid.Internal, result.Layer.Features[0].Geometry.SRID);
        Near(new Coordinate(525465.0662, 3381136.9505), result.Layer.Features[0].Geometry.Coordinate, 1e-6);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
