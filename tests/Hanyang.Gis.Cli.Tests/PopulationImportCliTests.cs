using System.Text.Json;
using Hanyang.Gis.Data.Tests.Geodata;
using Hanyang.Gis.Data.Tests.Import.Population;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>
/// <c>hanyang import --layer population|population-grid</c> against the tiny geodata (one street, 114.20–114.30°E ×
/// 30.50–30.60°N) with two communities, through the embedded store, read back by <c>hanyang coverage</c>.
/// </summary>
public sealed class PopulationImportCliTests : IDisposable
{
    private readonly MiniGeodata data = new();
    private readonly PopulationGrids grids = new();
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-cli-pop-" + Guid.NewGuid().ToString("N"));

    public PopulationImportCliTests()
    {
        Directory.CreateDirectory(work);
        data.Write("communities.geojson", MiniGeodata.Collection(
            MiniGeodata.Feature("""{"id":"420105001001","code":"420105001001","name":"测试社区","street_code":"420105001000","population":5000,"households":2000,"population_accuracy":"synthetic","accuracy":"approximate","source":"test"}""", MiniGeodata.Point(114.25, 30.55)),
            MiniGeodata.Feature("""{"id":"420105001002","code":"420105001002","name":"北岸社区","street_code":"420105001000","population":3000,"households":1200,"accuracy":"approximate","source":"test"}""", MiniGeodata.Point(114.2660, 30.5516))));
    }

    public void Dispose()
    {
        data.Dispose();
        grids.Dispose();
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void ImportCensus_ByCommunity_SetsPopulationsAndPrintsEveryUnmatchedCodeBothWays()
    {
        var csv = Write("census.csv", "code,name,residents,0-14,15-59,60+\n420105001001,测试社区,6000,1000,4000,1000\n420105009999,不存在社区,100,10,80,10\n");

        var (code, stdout, stderr) = Import("population", csv, "--year", "2020", "--source", "第七次全国人口普查");

        Assert.True(code == 0, stderr);
        Assert.Contains("已导入人口：census.csv（第七次全国人口普查，2020 年）→ 1 个社区，合计 6,000 人", stdout, StringComparison.Ordinal);
        Assert.Contains("表中代码在规划中找不到：1 个\n  第 3 行 420105009999（100 人，未导入）", stdout, StringComparison.Ordinal);
        Assert.Contains("规划中没有对应行的社区（保留原人口）：1 个\n  420105001002 北岸社区（3,000 人，来源：未记录）", stdout, StringComparison.Ordinal);
        Assert.Equal(6000, Population("420105001001"));
        Assert.Equal(3000, Population("420105001002"));
    }

    [Fact]
    public void ImportCensus_ByStreet_SpreadsTheTotalInProportion()
    {
        var csv = Write("streets.csv", "code,residents\n420105001000,16000\n");

        var (code, stdout, stderr) = Import("population", csv, "--by", "street");

        Assert.True(code == 0, stderr);
        Assert.Contains("→ 2 个社区，合计 16,000 人", stdout, StringComparison.Ordinal);
        Assert.Equal(10000, Population("420105001001"));
        Assert.Equal(6000, Population("420105001002"));
    }

    [Fact]
    public void ImportCensus_ABadRow_ExitsOneNamingRowAndColumnAndWritesNothing()
    {
        var csv = Write("bad.csv", "code,residents\n420105001001,6000\n420105001002,三千\n");

        var (code, stdout, stderr) = Import("population", csv);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("bad.csv 第 3 行 residents 列：应为非负整数（人数），实为 '三千'", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "communities.json")));
        Assert.Equal(5000, Population("420105001001"));
    }

    [Fact]
    public void ImportCensus_NoCodeMatches_IsRefusedWithAHintAboutBy()
    {
        var csv = Write("streets.csv", "code,residents\n420105001000,16000\n");

        var (code, _, stderr) = Import("population", csv);

        Assert.Equal(1, code);
        Assert.Contains("是否应使用 --by street", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportGrid_Wgs84WithNodata_SumsCellsIntoTheNearestCommunityOfTheStreet()
    {
        // 0.05° cells: the two western columns lie in the street, the third (114.30–114.35°E) outside the district.
        // 测试社区 (114.25, 30.55) is nearest the west cell centre (114.225, 30.575); 北岸社区 (114.266, 30.5516) the two
        // east ones (114.275, 30.575 and 30.525). The south-west cell is nodata.
        var tif = grids.Make("pop", 114.20, 30.50, 0.05, [[10, 20, 99], [-9999, 40, 99]], "-a_srs", "EPSG:4326", "-a_nodata", "-9999", "-ot", "Float32");

        var (code, stdout, stderr) = Import("population-grid", tif, "--source", "WorldPop", "--year", "2020");

        Assert.True(code == 0, stderr);
        Assert.Contains("已导入人口栅格：pop.tif（WorldPop，2020 年，EPSG:4326，3×2 像元）→ 2 个社区，合计 70 人", stdout, StringComparison.Ordinal);
        Assert.Contains("无数据像元：1 个；落在所有社区之外的人口：198 人（2 个像元）", stdout, StringComparison.Ordinal);
        Assert.Equal(10, Population("420105001001"));
        Assert.Equal(60, Population("420105001002"));
    }

    [Fact]
    public void ImportGrid_UnknownCrs_IsRefusedAndWritesNothing()
    {
        var tif = grids.Make("utm", 230000, 3380000, 1000, [[1, 2], [3, 4]], "-a_srs", "EPSG:32650");

        var (code, _, stderr) = Import("population-grid", tif);

        Assert.Equal(1, code);
        Assert.Contains("utm.tif 的坐标系 EPSG:32650 不受支持", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "communities.json")));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(work, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A community's population as <c>hanyang coverage --format geojson</c> reports it.</summary>
    private int Population(string communityCode)
    {
        var (code, stdout, stderr) = Hanyang.Run(["coverage", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "geojson"]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("code").GetString() == communityCode)
            .GetProperty("properties").GetProperty("population").GetInt32();
    }

    private (int ExitCode, string Out, string Error) Import(string layer, string file, params string[] more) =>
        Hanyang.Run(["import", "--geodata", data.Directory, "--data-dir", work, "--layer", layer, "--file", file, .. more]);
}
