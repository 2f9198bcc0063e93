using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Data.Import.Mapping;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import.Mapping;

/// <summary>
/// Amap (GCJ-02) and Baidu (BD-09) POI exports through the built-in presets, into a real embedded store.
/// The offset coordinates in the files were computed from WGS84 114.2654, 30.5502 (and 114.26, 30.555) with
/// the published GCJ-02 and BD-09 formulas, independently of the system's converter.
/// </summary>
public sealed class PresetImportTests : IDisposable
{
    private const string AmapSchool = "114.2708098,30.5477261";
    private const string AmapHospital = "114.2654107,30.5525251";

    private readonly ImportFiles files = new();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-preset-store-" + Guid.NewGuid().ToString("N"));
    private readonly EmbeddedPlanStore store;

    public PresetImportTests() => store = new EmbeddedPlanStore(ContractPlan.Create(), directory);

    public void Dispose()
    {
        files.Dispose();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static ImportOptions Preset(string name) => new(Mapping: ImportMappingPresets.Find(name));

    [Fact]
    public async Task ImportAsync_AmapXlsxWithLocationColumn_ConvertsFromGcj02AndLeavesOutUnmappedTypes()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "高德POI.xlsx"), ("Sheet1", [
            ["名称", "地址", "类型", "location"],
            ["钟家村小学", "汉阳区钟家村", "科教文化服务;学校;小学", AmapSchool],
            ["好邻居便利店", "汉阳大道", "购物服务;便利店;便利店", "114.2700000,30.5500000"],
            ["汉阳医院", "汉阳区", "医疗保健服务;综合医院;三级甲等医院", AmapHospital],
        ]));

        var outcome = await new ImportService().ImportAsync(store, "facilities", path, Preset("amap"), null, CancellationToken.None);

        Assert.Equal((2, "gcj02"), (outcome.FeaturesWritten, outcome.SourceCrs));
        Assert.Equal("高德POI.xlsx: left out 1 row(s) whose column C '类型' is not in $.values.kind: 购物服务;便利店;便利店 ×1", Assert.Single(outcome.Report.Notes!));
        var plan = await store.GetPlanAsync(CancellationToken.None);
        var school = Assert.Single(plan.Facilities, f => f.Name == "钟家村小学");
        var hospital = Assert.Single(plan.Facilities, f => f.Name == "汉阳医院");
        Assert.Equal((FacilityKind.PrimarySchool, FacilityKind.Hospital), (school.Kind, hospital.Kind));
        Near(ImportFiles.Internal(ImportFiles.Lon, ImportFiles.Lat), school.Location.Coordinate, 0.5);
        Near(ImportFiles.Internal(114.26, 30.555), hospital.Location.Coordinate, 0.5);
        var readAsWgs84 = ImportFiles.Internal(114.2708098, 30.5477261);
        Assert.InRange(readAsWgs84.Distance(school.Location.Coordinate), 500, 700);
    }

    [Fact]
    public void Read_AmapXlsxWithCategoryColumnsAndLonLat_UsesTheSmallestCategory()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "amap.xlsx"), ("Sheet1", [
            ["名称", "大类", "中类", "小类", "经度", "纬度"],
            ["钟家村小学", "科教文化服务", "学校", "小学", 114.2708098, 30.5477261],
        ]));

        var result = Accepted(LayerImporter.Read(path, "facilities", Preset("amap") with { TextAttributes = FacilityImport.TextAttributes }, null, CancellationToken.None));

        var feature = Assert.Single(result.Layer.Features);
        Assert.Equal("primary-school", feature.Attributes["kind"]);
        Near(ImportFiles.Internal(ImportFiles.Lon, ImportFiles.Lat), feature.Geometry.Coordinate, 0.5);
    }

    [Fact]
    public async Task ImportAsync_BaiduCsv_ConvertsFromBd09()
    {
        var path = files.Text("baidu.csv", "uid,name,address,lng,lat,tag\n5a8fb739999a70a54207c130,钟家村小学,汉阳区,114.2773061,30.5537095,教育培训;小学\n");

        var outcome = await new ImportService().ImportAsync(store, "facilities", path, Preset("baidu"), null, CancellationToken.None);

        Assert.Equal((1, "bd09"), (outcome.FeaturesWritten, outcome.SourceCrs));
        var school = await store.FindFacilityAsync(new FacilityId("5a8fb739999a70a54207c130"), CancellationToken.None);
        Assert.NotNull(school);
        Near(ImportFiles.Internal(ImportFiles.Lon, ImportFiles.Lat), school.Value.Location.Coordinate, 0.5);
    }

    [Fact]
    public async Task ImportAsync_AmapExportOfNothingMapped_IsRefused()
    {
        var path = XlsxFile.Write(Path.Combine(files.Root, "shops.xlsx"), ("Sheet1", [["名称", "类型", "location"], ["好邻居", "购物服务;便利店", "114.27,30.55"]]));

        var error = await Assert.ThrowsAsync<ImportException>(() => new ImportService().ImportAsync(store, "facilities", path, Preset("amap"), null, CancellationToken.None));

        Assert.Contains("has no row left to import", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MappedXlsxWithOneBadRow_WritesNothing()
    {
        var before = (await store.GetPlanAsync(CancellationToken.None)).Facilities.Count;
        var path = XlsxFile.Write(Path.Combine(files.Root, "学校.xlsx"), ("Sheet1", [
            ["名称", "类型", "经度", "纬度"],
            ["钟家村小学", "小学", 114.2654, 30.5502],
            ["琴台中学", "中专", 114.26, 30.555],
        ]));
        var mapping = MappedImportTests.Mapping("""{ "crs": "wgs84", "geometry": { "lon": "经度", "lat": "纬度" }, "fields": { "name": "名称", "kind": "类型" }, "values": { "类型": { "小学": "primary-school" } } }""");

        var error = await Assert.ThrowsAsync<ImportException>(() => new ImportService().ImportAsync(store, "facilities", path, new ImportOptions(Mapping: mapping), null, CancellationToken.None));

        Assert.Equal("学校.xlsx row 3: column B '类型': '中专' is not in the value map $.values.类型; expected one of: 小学 (add it to the map)", Assert.Single(error.Problems).ToString());
        Assert.Equal(before, (await store.GetPlanAsync(CancellationToken.None)).Facilities.Count);
    }
}
