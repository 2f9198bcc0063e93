using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.Tests.Geodata;
using Hanyang.Gis.Spatial.Offsets;

namespace Hanyang.Gis.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly MiniGeodata data = new();
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(work);

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void CrsConvert_Gcj02File_WritesWgs84WithinACentimetre()
    {
        var truth = new LonLat(114.2654, 30.5502);
        var gcj = Gcj02.FromWgs84(truth);
        var input = Path.Combine(work, "amap.geojson");
        File.WriteAllText(input, string.Create(CultureInfo.InvariantCulture, $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"晴川阁"},"geometry":{"type":"Point","coordinates":[{{{gcj.Lon:R}}},{{{gcj.Lat:R}}}]}}]}"""));
        var output = Path.Combine(work, "wgs84.geojson");

        var (code, stdout, _) = Hanyang.Run("crs", "convert", "--from", "gcj02", "--in", input, "--out", output);

        Assert.Equal(0, code);
        Assert.Contains("gcj02 → EPSG:4326 (WGS84)", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var position = json.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(truth.Lon, position[0].GetDouble(), 1e-7);
        Assert.Equal(truth.Lat, position[1].GetDouble(), 1e-7);
        Assert.Equal("晴川阁", json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public void CrsConvert_UnknownCrs_FailsWithAClearMessageAndWritesNothing()
    {
        var output = Path.Combine(work, "out.geojson");

        var (code, _, stderr) = Hanyang.Run("crs", "convert", "--from", "mars", "--in", Path.Combine(data.Directory, "district.geojson"), "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("'mars' is not a coordinate system this system knows", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // no stack trace
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void GeodataCheck_ValidDirectory_PrintsTheLayers()
    {
        var (code, stdout, _) = Hanyang.Run("geodata", "check", "--dir", data.Directory);

        Assert.Equal(0, code);
        Assert.Contains("streets 1, communities 1 (population 5,000)", stdout, StringComparison.Ordinal);
        Assert.Contains("facilities 1: primary-school 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void GeodataCheck_BrokenFeature_NamesFileFeatureAndReason()
    {
        data.Edit("roads.geojson", node => node["features"]![1]!["properties"]!["class"] = "highway");

        var (code, _, stderr) = Hanyang.Run("geodata", "check", "--dir", data.Directory);

        Assert.Equal(1, code);
        Assert.Contains("roads.geojson feature 1 (id road-2): class: 'highway' is not a known RoadClass", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_Json_GivesDistrictStreetAndZoneRates()
    {
        var (code, stdout, stderr) = Hanyang.Run("coverage", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var district = json.RootElement.GetProperty("district");
        Assert.Equal(5000, district.GetProperty("population").GetInt64());
        Assert.Equal(5000, district.GetProperty("covered_population").GetInt64());
        Assert.Equal(1.0, district.GetProperty("coverage_rate").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("streets").GetArrayLength());
        Assert.Equal("sixin", json.RootElement.GetProperty("zones")[0].GetProperty("id").GetString());
        Assert.Equal(500, json.RootElement.GetProperty("standard_meters").GetDouble());
    }

    [Fact]
    public void Coverage_Csv_HasOneRowPerCommunity()
    {
        var (code, stdout, stderr) = Hanyang.Run("coverage", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--minutes", "5", "--format", "csv");

        Assert.True(code == 0, stderr);
        var lines = stdout.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("code,name,street,population,covered,nearest_facility,minutes,metres,count_within_budget", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("420105001001,测试社区,420105001000,5000,true,钟家村小学,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_UnknownKind_ListsTheKinds()
    {
        var (code, _, stderr) = Hanyang.Run("coverage", "--geodata", data.Directory, "--data-dir", work, "--kind", "school");

        Assert.Equal(2, code); // a usage error, caught before anything runs
        Assert.Contains("'school' is not a known FacilityKind; expected one of: kindergarten, primary-school", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Isochrones_WritesPerFacilityAndDissolvedCircles()
    {
        var output = Path.Combine(work, "circles.geojson");

        var (code, stdout, stderr) = Hanyang.Run("isochrones", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--minutes", "5", "--out", output);

        var again = Hanyang.Run("isochrones", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--minutes", "5", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("1 service circles of primary-school", stdout, StringComparison.Ordinal);
        Assert.Contains("computed now and kept in the store", stdout, StringComparison.Ordinal);
        Assert.Contains("served from the store", again.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        Assert.Single(features, f => f.GetProperty("properties").GetProperty("dissolved").GetBoolean());
        var school = Assert.Single(features, f => !f.GetProperty("properties").GetProperty("dissolved").GetBoolean());
        Assert.Equal("钟家村小学", school.GetProperty("properties").GetProperty("facility").GetString());
        Assert.Equal("Polygon", school.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void Isochrones_NotAStandardBudget_RoundedComputedAndNotKept()
    {
        var output = Path.Combine(work, "circles.geojson");

        var (code, stdout, stderr) = Hanyang.Run("isochrones", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school", "--minutes", "7.04", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("(walk-4.5, 7 min)", stdout, StringComparison.Ordinal);
        Assert.Contains("computed now, not kept: the store keeps the standard budgets only (5, 10, 15, 25 min)", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "circles")));
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.All(json.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal(7, f.GetProperty("properties").GetProperty("minutes").GetDouble()));
    }

    [Fact]
    public void MedicalCircles_NoAnchorsInTheData_SaysSoAndCountsEveryoneOutside()
    {
        var (code, stdout, stderr) = Hanyang.Run("medical-circles", "--geodata", data.Directory, "--data-dir", work);

        Assert.True(code == 0, stderr);
        Assert.Contains("东部 (east): no anchor hospital in the data", stdout, StringComparison.Ordinal);
        Assert.Contains("outside all four circles: 1 communities, 5,000 residents", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_CommunityByName_ListsTheSchoolWithMinutes()
    {
        var (code, stdout, stderr) = Hanyang.Run("reach", "--geodata", data.Directory, "--data-dir", work, "--community", "测试社区", "--minutes", "10");

        Assert.True(code == 0, stderr);
        Assert.Contains("测试社区 (420105001001, population 5,000)", stdout, StringComparison.Ordinal);
        Assert.Contains("primary-school (1)", stdout, StringComparison.Ordinal);
        Assert.Contains("钟家村小学", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_UnknownCommunity_SaysSo()
    {
        var (code, _, stderr) = Hanyang.Run("reach", "--geodata", data.Directory, "--data-dir", work, "--community", "不存在");

        Assert.Equal(1, code);
        Assert.Contains("--community 不存在: no community has that code or name", stderr, StringComparison.Ordinal);
    }
}
