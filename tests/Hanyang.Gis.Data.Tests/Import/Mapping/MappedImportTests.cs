using System.Text;
using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Data.Import.Mapping;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import.Mapping;

/// <summary>A bureau's own files — Shapefile, GeoPackage, CSV and XLSX with Chinese names — read through a mapping file.</summary>
public sealed class MappedImportTests : IDisposable
{
    private const string RoadMapping = """
        { "layer": "bureau-roads",
          "fields": { "name": "道路名称", "class": "道路等级" },
          "values": { "道路等级": { "快速路": "expressway", "主干路": "arterial", "次干路": "collector" } },
          "required": ["name"] }
        """;

    private const string SchoolMapping = """
        { "layer": "facilities", "crs": "wgs84",
          "geometry": { "lon": "经度", "lat": "纬度" },
          "fields": { "id": "编号", "name": "名称", "kind": "类型", "capacity": "学位数" },
          "values": { "类型": { "小学": "primary-school", "初中": "junior-middle-school" } } }
        """;

    private readonly ImportFiles files = new();

    static MappedImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => files.Dispose();

    private static Encoding Gb18030 => Encoding.GetEncoding(54936);

    internal static ImportMapping Mapping(string json)
    {
        var (mapping, problems) = ImportMappingReader.Parse(json, "mapping.json");
        Assert.True(mapping is not null, string.Join(Environment.NewLine, problems));
        return mapping;
    }

    internal static LayerImportResult ReadMapped(string path, string json, string layer, SourceCrs? crs = null, string? sheet = null) =>
        LayerImporter.Read(path, layer, new ImportOptions(crs, TextAttributes: layer == FacilityImport.LayerName ? FacilityImport.TextAttributes : null, Mapping: Mapping(json), Sheet: sheet), null, CancellationToken.None);

    [Fact]
    public void Read_Gb18030ShapefileWithChineseFieldsAndNoCpg_MapsFieldsAndValues()
    {
        var path = RoadShapefile(("汉阳大道", "快速路"), ("鹦鹉大道", "主干路"));

        var result = Accepted(ReadMapped(path, RoadMapping, "bureau-roads"));

        Assert.Equal(2, result.Layer.Features.Count);
        Assert.Equal(new Dictionary<string, object?> { ["name"] = "汉阳大道", ["class"] = "expressway" }, result.Layer.Features[0].Attributes);
        Assert.Equal("arterial", result.Layer.Features[1].Attributes["class"]);
    }

    [Fact]
    public void Read_ShapefileWithAValueNotInTheMapAndAnEmptyName_NamesFeatureFieldAndMapPath()
    {
        var path = RoadShapefile(("汉阳大道", "快速路"), ("", "主干路"), ("琴台路", "支路"));

        var problems = ReadMapped(path, RoadMapping, "bureau-roads").Report.Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "道路.shp feature 2: field '道路名称': is empty, but every row needs its name ($.fields.name)",
                "道路.shp feature 3: field '道路等级': '支路' is not in the value map $.values.道路等级; expected one of: 快速路, 主干路, 次干路 (add it to the map)",
            ],
            problems);
    }

    [Fact]
    public void Read_MappingNamingAFieldTheFileLacks_NamesTheJsonPathAndTheFieldsThereAre()
    {
        var path = RoadShapefile(("汉阳大道", "快速路"));

        var problem = SingleProblem(ReadMapped(path, RoadMapping.Replace("\"道路名称\"", "\"路名\"", StringComparison.Ordinal), "bureau-roads"));

        Assert.Equal("mapping.json: $.fields.name: the column '路名' is not in the file (it has: field '道路名称', field '道路等级')", problem.ToString());
    }

    [Fact]
    public void Read_MappingForAnotherLayer_IsRefusedNamingLayerPath()
    {
        var path = RoadShapefile(("汉阳大道", "快速路"));

        SingleProblem(ReadMapped(path, RoadMapping, "roads-2025"), "mapping.json: $.layer: the mapping is written for layer 'bureau-roads' but --layer roads-2025 was given");
    }

    [Fact]
    public void Read_GeoPackageWithChineseColumns_MapsToFacilities()
    {
        var path = files.GeoPackage("学校.gpkg", 4326, "EPSG", 4326, "GEOGCS[\"WGS 84\"]", "名称 TEXT, 类型 TEXT, 学位数 INTEGER",
            (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), ["钟家村小学", "小学", 1620]));
        const string Json = """{ "fields": { "name": "名称", "kind": "类型", "capacity": "学位数" }, "values": { "类型": { "小学": "primary-school" } } }""";

        var result = Accepted(ReadMapped(path, Json, FacilityImport.LayerName));
        var problems = new List<ImportProblem>();
        var facility = Assert.Single(FacilityImport.Map(result, problems));

        Assert.Empty(problems);
        Assert.Equal(("钟家村小学", Domain.Facilities.FacilityKind.PrimarySchool, 1620), (facility.Name, facility.Kind, facility.Capacity));
        Near(ImportFiles.Internal(ImportFiles.Lon, ImportFiles.Lat), facility.Location.Coordinate, 0.01);
    }

    [Fact]
    public void Read_GbkCsvWithMapping_KeepsIdsAsTextAndNamesTheLine()
    {
        var path = Path.Combine(files.Root, "学校名单.csv");
        File.WriteAllText(path, "编号,名称,类型,学位数,经度,纬度\n001,钟家村小学,小学,1620,114.2654,30.5502\n002,琴台中学,高中,1500,114.2600,30.5550\n", Encoding.GetEncoding(936));

        var problem = SingleProblem(ReadMapped(path, SchoolMapping, FacilityImport.LayerName));
        Assert.Equal("学校名单.csv row 2 (line 3): column '类型': '高中' is not in the value map $.values.类型; expected one of: 小学, 初中 (add it to the map)", problem.ToString());

        File.WriteAllText(path, "编号,名称,类型,学位数,经度,纬度\n001,钟家村小学,小学,1620,114.2654,30.5502\n", Encoding.GetEncoding(936));
        var feature = Assert.Single(Accepted(ReadMapped(path, SchoolMapping, FacilityImport.LayerName)).Layer.Features);
        Assert.Equal("001", feature.Attributes["id"]);
        Assert.Equal("primary-school", feature.Attributes["kind"]);
    }

    [Fact]
    public void Read_XlsxWithFormulaEmptyRowAndSecondSheet_ReadsCachedValuesAndTypes()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "学校.xlsx"),
            ("说明", [["本表为学校名单"]]),
            ("学校", [
                ["编号", "名称", "类型", "学位数", "经度", "纬度"],
                ["001", "钟家村小学", "小学", new XlsxFile.Formula("30*54", 1620), 114.2654, 30.5502],
                null,
                [1002, "琴台初中", "初中", 1500, 114.26, 30.555],
            ]));

        var result = Accepted(ReadMapped(path, SchoolMapping, FacilityImport.LayerName, sheet: "学校"));

        Assert.Equal(2, result.Layer.Features.Count);
        var first = result.Layer.Features[0].Attributes;
        Assert.Equal(("001", "钟家村小学", "primary-school"), (first["id"], first["name"], first["kind"]));
        Assert.Equal(1620L, Assert.IsType<long>(first["capacity"]));
        Assert.Equal("1002", result.Layer.Features[1].Attributes["id"]);
        Assert.Equal([ImportItem.SheetRow(2), ImportItem.SheetRow(4)], result.Items);
        Near(ImportFiles.Internal(114.26, 30.555), result.Layer.Features[1].Geometry.Coordinate, 0.01);
    }

    [Fact]
    public void Read_XlsxWithProblems_NamesExcelRowAndColumnLetterForEach()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "学校.xlsx"),
            ("Sheet1", [
                ["编号", "名称", "类型", "学位数", "经度", "纬度"],
                ["001", "钟家村小学", "小学", 1620, 114.2654, 30.5502],
                ["002", null, "小学", 1620, 114.2654, 30.5502],
                ["003", "琴台中学", "中专", 900, "114,26", 30.555],
            ]));

        var problems = ReadMapped(path, SchoolMapping, FacilityImport.LayerName).Report.Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "学校.xlsx row 3: column B '名称': is empty, but every row needs its name ($.fields.name)",
                "学校.xlsx row 4: column E '经度': the longitude '114,26' is not a number (use a decimal point, e.g. 114.2654)",
                "学校.xlsx row 4: column C '类型': '中专' is not in the value map $.values.类型; expected one of: 小学, 初中 (add it to the map)",
            ],
            problems);
    }

    [Fact]
    public void Read_XlsxWithCapacityAsTextOrNotANumber_ReadsDigitsAndNamesTheColumnOtherwise()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "学校.xlsx"),
            ("Sheet1", [
                ["编号", "名称", "类型", "学位数", "经度", "纬度"],
                ["001", "钟家村小学", "小学", "1620", 114.2654, 30.5502],
                ["002", "琴台初中", "初中", "约1500", 114.26, 30.555],
            ]));

        var result = ReadMapped(path, SchoolMapping, FacilityImport.LayerName);

        SingleProblem(result, "学校.xlsx row 3: column D '学位数': '约1500' is not a whole number of at least 0");
        Assert.Equal(1620L, Assert.Single(result.Layer.Features).Attributes["capacity"]);
    }

    [Fact]
    public void Read_XlsxWithoutTheNamedSheet_ListsTheSheets()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "list.xlsx"), ("Sheet1", [["名称", "经度", "纬度"], ["a", 114.2654, 30.5502]]));

        SingleProblem(ReadMapped(path, SchoolMapping, FacilityImport.LayerName, sheet: "学校"), "list.xlsx: has no sheet '学校'; its sheets are: Sheet1");
    }

    [Fact]
    public void Read_XlsxWithoutMapping_TakesLonLatColumnsAndKeepsTheRest()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "poi.xlsx"), ("Sheet1", [["name", "lng", "lat", "开放"], ["公园", 114.2654, 30.5502, true]]));

        var feature = Assert.Single(Accepted(Read(path, SourceCrs.Wgs84)).Layer.Features);

        Assert.Equal(new Dictionary<string, object?> { ["name"] = "公园", ["开放"] = true }, feature.Attributes);
    }

    [Fact]
    public void Read_NotAnXlsx_IsRefusedWithAHint()
    {
        var path = files.Text("old.xlsx", "this is not a zip");

        SingleProblem(Read(path, SourceCrs.Wgs84), "old.xlsx: cannot be read as an Excel workbook");
    }

    [Fact]
    public void Read_ZipThatIsNoWorkbook_IsRefusedNotThrown()
    {
        var path = Path.Combine(files.Root, "fake.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("not a workbook");
        }

        SingleProblem(Read(path, SourceCrs.Wgs84), "fake.xlsx: cannot be read as an Excel workbook");
    }

    [Fact]
    public void Read_CsvWithWktColumnNamedByMapping_ReadsLines()
    {
        var path = files.Text("roads.csv", "路名,等级,WKT\n汉阳大道,快速路,\"LINESTRING (114.25 30.55, 114.27 30.56)\"\n");
        const string Json = """{ "crs": "wgs84", "geometry": { "wkt": "WKT" }, "fields": { "name": "路名", "class": "等级" }, "values": { "等级": { "快速路": "expressway" } } }""";

        var feature = Assert.Single(Accepted(ReadMapped(path, Json, "bureau-roads")).Layer.Features);

        Assert.Equal("LineString", feature.Geometry.GeometryType);
        Assert.Equal("expressway", feature.Attributes["class"]);
    }

    [Fact]
    public void Read_MappingCrsContradictingTheOption_IsRefused()
    {
        var path = files.Text("s.csv", "名称,类型,编号,学位数,经度,纬度\na,小学,1,1,114.2654,30.5502\n");

        SingleProblem(ReadMapped(path, SchoolMapping, FacilityImport.LayerName, SourceCrs.Gcj02), "mapping.json: $.crs says wgs84 but --crs gcj02 was given");
    }

    [Fact]
    public void Read_FacilityMappingWithUnknownPropertyAndKind_NamesThePaths()
    {
        var path = files.Text("s.csv", "名称,类型,地址,经度,纬度\na,小学,汉阳,114.2654,30.5502\n");
        const string Json = """{ "crs": "wgs84", "geometry": { "lon": "经度", "lat": "纬度" }, "fields": { "name": "名称", "kind": "类型", "address": "地址" }, "values": { "类型": { "小学": "primary" } } }""";

        var problems = ReadMapped(path, Json, FacilityImport.LayerName).Report.Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("mapping.json: $.fields.address: a facility has no property 'address'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("mapping.json: $.values.类型.小学: 'primary' is not a facility kind", StringComparison.Ordinal));
    }

    private string RoadShapefile(params (string Name, string Class)[] roads)
    {
        var path = Path.Combine(files.Root, "道路.shp");
        var features = roads.Select((r, i) => (IFeature)new Feature(
            GeometryFactories.FromWkt(FormattableString.Invariant($"LINESTRING (114.25 30.5{i}, 114.27 30.5{i + 1})"), Srid.Wgs84),
            new AttributesTable(new Dictionary<string, object> { ["道路名称"] = r.Name, ["道路等级"] = r.Class }))).ToList();
        NetTopologySuite.IO.Esri.Shapefile.WriteAllFeatures(features, path, EsriPrj.Wgs84, Gb18030);
        File.Delete(Path.ChangeExtension(path, ".cpg"));
        return path;
    }
}
