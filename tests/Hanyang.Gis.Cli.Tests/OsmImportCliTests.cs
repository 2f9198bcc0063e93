using System.Text.Json;
using Hanyang.Gis.Data.Tests.Geodata;
using Hanyang.Gis.Data.Tests.Import.Osm;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>
/// <c>hanyang import --layer osm</c> on the river scene of <see cref="OsmSample"/>, against the tiny geodata,
/// whose district (114.20–114.30°E) holds the whole scene: nothing is clipped, and 区外小学 counts too.
/// </summary>
public sealed class OsmImportCliTests : IDisposable
{
    private readonly MiniGeodata data = new();
    private readonly OsmSample sample = new();
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-cli-osm-" + Guid.NewGuid().ToString("N"));

    public OsmImportCliTests() => Directory.CreateDirectory(work);

    public void Dispose()
    {
        data.Dispose();
        sample.Dispose();
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void ImportOsm_DryRunJson_CountsEachLayerAndClassAndWritesNothing()
    {
        var (code, stdout, stderr) = Import(sample.WritePbf(), "--dry-run", "--format", "json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("written").GetBoolean());
        Assert.Equal("汉阳区", root.GetProperty("district").GetString());
        var roads = root.GetProperty("roads").EnumerateArray().ToDictionary(r => r.GetProperty("class").GetString()!, r => r.GetProperty("segments").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["arterial"] = 1, ["local"] = 12 }, roads);
        Assert.Equal(1, root.GetProperty("walk_only").GetProperty("segments").GetInt32());
        Assert.Equal(1, root.GetProperty("one_way_segments").GetInt32());
        Assert.Equal(2, root.GetProperty("facilities").GetProperty("primary-school").GetInt32());
        Assert.Equal(1, root.GetProperty("water").GetProperty("areas").GetInt32());
        Assert.Empty(Written());
    }

    [Fact]
    public void ImportOsm_DryRunText_SaysNothingWasWritten()
    {
        var (code, stdout, stderr) = Import(sample.WriteXml(), "--dry-run");

        Assert.True(code == 0, stderr);
        Assert.Contains("hanyang.osm (OpenStreetMap, WGS84 → EPSG:4547) clipped to 汉阳区: dry run, nothing was written", stdout, StringComparison.Ordinal);
        Assert.Contains("walk-only ways: 1 segments", stdout, StringComparison.Ordinal);
        Assert.Contains("facilities: 4 (primary-school 2, junior-middle-school 1, hospital 1)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportOsm_TruncatedPbf_ExitsOneWithOneLineAndWritesNothing()
    {
        var (code, stdout, stderr) = Import(sample.WriteTruncatedPbf(20), "--dry-run");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("hanyang: truncated.osm.pbf is truncated or corrupt", line, StringComparison.Ordinal);
        Assert.Empty(Written());
    }

    [Fact]
    public void ImportOsm_Write_ReplacesTheNetworkAndCoverageWalksToTheImportedSchool()
    {
        data.Write("communities.geojson", MiniGeodata.Collection(
            MiniGeodata.Feature("""{"id":"420105001001","code":"420105001001","name":"测试社区","street_code":"420105001000","population":5000,"households":2024,"accuracy":"approximate","source":"test"}""", MiniGeodata.Point(114.25, 30.55)),
            MiniGeodata.Feature("""{"id":"420105001002","code":"420105001002","name":"北岸社区","street_code":"420105001000","population":3000,"households":1200,"accuracy":"approximate","source":"test"}""", MiniGeodata.Point(114.2660, 30.5516))));
        var before = Coverage();

        var (code, stdout, stderr) = Import(sample.WritePbf());

        Assert.True(code == 0, stderr);
        Assert.Contains("clipped to 汉阳区: imported", stdout, StringComparison.Ordinal);
        Assert.Contains("written: the plan's roads and water replaced by 14 road segments and 1 water areas; facilities: 4 added, 0 already in the plan", stdout, StringComparison.Ordinal);
        Assert.Contains("restart it", stdout, StringComparison.Ordinal);
        Assert.NotEqual("晴川小学", before["420105001002"].GetProperty("nearest_facility").GetString());
        var after = Coverage();
        var north = after["420105001002"];
        Assert.Equal("晴川小学", north.GetProperty("nearest_facility").GetString());
        Assert.True(north.GetProperty("covered").GetBoolean());
        Assert.InRange(north.GetProperty("metres").GetDouble(), 1, 500);
    }

    [Fact]
    public void ImportOsm_WriteTwiceJson_SecondKeepsTheFacilitiesOfTheFirst()
    {
        var pbf = sample.WritePbf();
        Assert.Equal(0, Import(pbf).ExitCode);

        var (code, stdout, stderr) = Import(pbf, "--format", "json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("written").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("facilities_added").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("facilities_already_present").GetInt32());
    }

    /// <summary>Walking coverage of primary schools within 10 minutes, per community code, from <c>hanyang coverage --format geojson</c>.</summary>
    private Dictionary<string, JsonElement> Coverage()
    {
        var (code, stdout, stderr) = Hanyang.Run(["coverage", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "geojson"]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").GetProperty("code").GetString()!, f => f.GetProperty("properties").Clone());
    }

    /// <summary>What the data directory holds besides the lock file that opening the embedded store creates.</summary>
    private IEnumerable<string> Written() => Directory.EnumerateFileSystemEntries(work).Where(p => Path.GetFileName(p) != ".lock");

    private (int ExitCode, string Out, string Error) Import(string file, params string[] more) =>
        Hanyang.Run(["import", "--geodata", data.Directory, "--data-dir", work, "--layer", "osm", "--file", file, .. more]);
}
