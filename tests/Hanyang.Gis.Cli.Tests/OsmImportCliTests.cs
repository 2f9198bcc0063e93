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

    /// <summary>What the data directory holds besides the lock file that opening the embedded store creates.</summary>
    private IEnumerable<string> Written() => Directory.EnumerateFileSystemEntries(work).Where(p => Path.GetFileName(p) != ".lock");

    private (int ExitCode, string Out, string Error) Import(string file, params string[] more) =>
        Hanyang.Run(["import", "--geodata", data.Directory, "--data-dir", work, "--layer", "osm", "--file", file, .. more]);
}
