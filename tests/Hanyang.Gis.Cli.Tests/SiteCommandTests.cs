using System.Text.Json;

namespace Hanyang.Gis.Cli.Tests;

/// <summary><c>hanyang site</c> on the bundled Hanyang dataset, as a real process.</summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-site-" + Guid.NewGuid().ToString("N"));

    public SiteCommandTests() => Directory.CreateDirectory(work);

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void Site_NinePrimarySchools_PrintsTheGainAndWritesTheSites()
    {
        var output = Path.Combine(work, "sites.geojson");

        var (code, stdout, stderr) = Hanyang.Run("site", "--kind", "primary-school", "--count", "9", "--minutes", "10", "--out", output, "--data-dir", work);

        Assert.True(code == 0, stderr);
        Assert.Contains("solver: exact, optimal", stdout, StringComparison.Ordinal);
        Assert.Contains("chosen sites (9):", stdout, StringComparison.Ordinal);
        Assert.Contains("plan target 「新建9所小学」: 9 of 9 sited", stdout, StringComparison.Ordinal);
        Assert.Contains("4/4", stderr, StringComparison.Ordinal);
        using var sites = JsonDocument.Parse(File.ReadAllText(output));
        var features = sites.RootElement.GetProperty("features");
        Assert.Equal(9, features.GetArrayLength());
        foreach (var f in features.EnumerateArray())
        {
            var p = f.GetProperty("properties");
            Assert.Equal("primary-school", p.GetProperty("kind").GetString());
            Assert.Equal("synthetic", p.GetProperty("accuracy").GetString());
            Assert.True(p.GetProperty("gain_population").GetInt64() >= 0);
            var lon = f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble();
            Assert.InRange(lon, 114.0, 114.4);
        }
    }

    [Fact]
    public void Site_JsonFormat_CoverageAfterEqualsObjective()
    {
        var (code, stdout, stderr) = Hanyang.Run("site", "--kind", "primary-school", "--count", "3", "--solver", "heuristic", "--format", "json", "--data-dir", work);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(root.GetProperty("district").GetProperty("covered_after").GetInt64(), (long)root.GetProperty("solver").GetProperty("objective").GetDouble());
        Assert.Equal(3, root.GetProperty("sites").GetArrayLength());
    }

    [Theory]
    [InlineData("--count", "0", "--count 0")]
    [InlineData("--objective", "cheapest", "max-coverage")]
    [InlineData("--candidates", "grid:5", "--candidates grid:5")]
    public void Site_WrongArgument_ExitsTwoNamingIt(string option, string value, string named)
    {
        var (code, _, stderr) = Hanyang.Run("site", "--kind", "primary-school", option, value);

        Assert.Equal(2, code);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_MinFacilitiesImpossible_ExitsOneNamingCommunities()
    {
        var (code, _, stderr) = Hanyang.Run("site", "--kind", "primary-school", "--objective", "min-facilities", "--data-dir", work);

        Assert.Equal(1, code);
        Assert.Contains("no candidate site reaches", stderr, StringComparison.Ordinal);
        Assert.Contains("社区 (4201", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_UserPoints_AreCandidatesAndABadOneIsNamed()
    {
        var good = Path.Combine(work, "good.geojson");
        File.WriteAllText(good, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114.2135,30.5089]}},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114.24,30.53]}}]}""");
        var bad = Path.Combine(work, "bad.geojson");
        File.WriteAllText(bad, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114.2135,30.5089]}},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[30.53,114.24]}}]}""");

        var (code, stdout, stderr) = Hanyang.Run("site", "--kind", "primary-school", "--count", "2", "--points", good, "--data-dir", work);
        var (badCode, _, badError) = Hanyang.Run("site", "--kind", "primary-school", "--count", "2", "--points", bad, "--data-dir", work);

        Assert.True(code == 0, stderr);
        Assert.Contains("34 candidates", stdout, StringComparison.Ordinal); // the plan's 32 + the 2 points
        Assert.Equal(1, badCode);
        Assert.Contains("bad.geojson: feature 2:", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_CarParksCapacitated_WalkThreeHundredMetresAndCountSpaces()
    {
        var (code, stdout, stderr) = Hanyang.Run("site", "--kind", "parking", "--count", "3", "--capacitated", "--data-dir", work);

        Assert.True(code == 0, stderr);
        Assert.Contains("walk-4.5 4 min", stdout, StringComparison.Ordinal);
        Assert.Matches(@"demand served: [\d,]+ → [\d,]+ of [\d,]+ spaces", stdout);
    }
}
