using System.Text;
using Hanyang.Gis.Data.Tests.Geodata;
using Hanyang.Gis.Data.Tests.Import.Mapping;

namespace Hanyang.Gis.Cli.Tests;

/// <summary><c>hanyang import --mapping / --preset / --sheet</c>: a bureau's Excel list and an Amap export, into the embedded store.</summary>
public sealed class ImportMappingCliTests : IDisposable
{
    private const string MappingJson = """
        { "layer": "facilities", "crs": "wgs84", "sheet": "学校",
          "geometry": { "lon": "经度", "lat": "纬度" },
          "fields": { "id": "编号", "name": "名称", "kind": "类型", "capacity": "学位数" },
          "values": { "类型": { "小学": "primary-school", "初中": "junior-middle-school" } } }
        """;

    private readonly MiniGeodata data = new();
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-mapping-cli-" + Guid.NewGuid().ToString("N"));

    public ImportMappingCliTests() => Directory.CreateDirectory(work);

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void Import_XlsxWithMapping_WritesTheFacilitiesOnce()
    {
        var file = Schools("学校.xlsx", "初中");
        var mapping = Write("学校映射.json", MappingJson);

        var first = Import("--layer", "facilities", "--file", file, "--mapping", mapping);
        var again = Import("--layer", "facilities", "--file", file, "--mapping", mapping);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("imported 2 features from 学校.xlsx (wgs84 → EPSG:4547) into facilities", first.Out, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("学校.xlsx row 2: id 'hy-001' already exists in the plan", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_XlsxWithAnUnmappedValue_NamesRowAndColumnAndWritesNothing()
    {
        var mapping = Write("学校映射.json", MappingJson);

        var refused = Import("--layer", "facilities", "--file", Schools("学校.xlsx", "中专"), "--mapping", mapping);
        var fixedFile = Import("--layer", "facilities", "--file", Schools("学校2.xlsx", "初中"), "--mapping", mapping);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("学校.xlsx row 3: column C '类型': '中专' is not in the value map $.values.类型", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", refused.Error, StringComparison.Ordinal);
        Assert.True(fixedFile.ExitCode == 0, fixedFile.Error);
        Assert.Contains("imported 2 features", fixedFile.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BrokenMappingFile_NamesTheJsonPaths()
    {
        var mapping = Write("坏映射.json", """{ "fields": { "name": "名称", "kind": "类型" }, "values": { "类型": { "小学": true } }, "crs": "mars" }""");

        var (code, _, error) = Import("--layer", "facilities", "--file", Schools("学校.xlsx", "初中"), "--mapping", mapping);

        Assert.Equal(1, code);
        Assert.Contains("坏映射.json: $.values.类型.小学: expected text or a number, found true", error, StringComparison.Ordinal);
        Assert.Contains("坏映射.json: $.crs: 'mars' is not a coordinate system", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AmapPresetCsv_ImportsSchoolsAndCountsWhatItLeftOut()
    {
        var file = Path.Combine(work, "高德导出.csv");
        File.WriteAllText(file, "名称,类型,地址,location\n钟家村小学,科教文化服务;学校;小学,汉阳区,\"114.2708098,30.5477261\"\n便利店,购物服务;便利店;便利店,汉阳区,\"114.2700000,30.5500000\"\n", Encoding.UTF8);

        var (code, output, error) = Import("--layer", "facilities", "--file", file, "--preset", "amap");

        Assert.True(code == 0, error);
        Assert.Contains("imported 1 features from 高德导出.csv (gcj02 → EPSG:4547) into facilities", output, StringComparison.Ordinal);
        Assert.Contains("note: 高德导出.csv: left out 1 row(s) whose column '类型' is not in $.values.kind: 购物服务;便利店;便利店 ×1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--preset", "tencent", "--preset: 'tencent' is not a preset; expected one of: amap, baidu")]
    [InlineData("--mapping", "m.json", "--mapping and --preset: give one of them")]
    public void Import_WrongPresetUse_IsAUsageError(string option, string value, string message)
    {
        string[] extra = option == "--mapping" ? ["--mapping", value, "--preset", "amap"] : [option, value];

        var (code, _, error) = Import(["--layer", "facilities", "--file", Path.Combine(work, "x.csv"), .. extra]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private (int ExitCode, string Out, string Error) Import(params string[] args) =>
        Hanyang.Run(["import", "--geodata", data.Directory, "--data-dir", Path.Combine(work, "data"), .. args]);

    private string Schools(string name, string secondKind) => XlsxFile.Write(Path.Combine(work, name),
        ("说明", [["学校名单，2025年"]]),
        ("学校", [
            ["编号", "名称", "类型", "学位数", "经度", "纬度"],
            ["hy-001", "钟家村小学", "小学", 1620, 114.25, 30.55],
            ["hy-002", "琴台初中", secondKind, 1500, 114.26, 30.555],
        ]));

    private string Write(string name, string text)
    {
        var path = Path.Combine(work, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
