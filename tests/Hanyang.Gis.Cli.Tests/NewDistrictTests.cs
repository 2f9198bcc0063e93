using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>
/// A made-up second district, 示例区, far from Hanyang (113.39–113.42°E, 29.590–29.615°N: outside Wuhan, inside
/// the EPSG:4547 zone), run through the README's commands with no code specific to it: <c>district init</c>
/// from a boundary and a divisions table, <c>import --layer osm</c>, <c>coverage</c>, <c>site</c>.
/// The scene, worked out on paper (at 29.6°N 0.001° of longitude ≈ 96.8 m, of latitude ≈ 110.9 m):
/// 南路 (lat 29.600) and 北路 (lat 29.606) run west–east on both banks of 示例河 (lat 29.6025–29.6035);
/// 示例大桥 (lon 113.405, 665 m) is the only crossing. 南岸小学 stands 55 m north of 南路 at lon 113.395.
/// Walking (75 m a minute, 750 m in 10 minutes), with 55 m between each community or school and its road:
/// 南一社区 (lon 113.397) 55 + 194 + 55 ≈ 304 m — covered; 南二社区 (113.416) 55 + 2033 + 55 ≈ 2143 m;
/// 北一社区 (113.395, 554 m from the school as the crow flies) 55 + 968 + 665 + 968 + 55 ≈ 2711 m;
/// 北二社区 (113.404) 55 + 968 + 665 + 97 + 55 ≈ 1840 m. So 3,000 of 10,000 residents are covered, where
/// 750 m circles would claim 7,000 (南一 and 北一, across the river). A candidate on 北路 at lon 113.396 reaches
/// 北一 (≈207 m) only; one on 南路 at 113.414 reaches 南二 (≈304 m) only: one new school covers 7,000 at best.
/// </summary>
public sealed class NewDistrictTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-new-district-" + Guid.NewGuid().ToString("N"));

    public NewDistrictTests() => Directory.CreateDirectory(work);

    private string Geodata => Path.Combine(work, "geodata", "shili");

    private string DataDir => Path.Combine(work, "data");

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void NewDistrict_InitImportCoverageSite_GiveTheFiguresWorkedOutOnPaper()
    {
        var (code, stdout, stderr) = Init(Divisions);
        Assert.True(code == 0, stderr);
        Assert.Contains("示例区 (429999) written", stdout, StringComparison.Ordinal);
        Assert.Contains("streets 2; communities 4 (population 10,000)", stdout, StringComparison.Ordinal);

        // Before any roads: an honest empty answer, not a crash.
        var empty = Coverage();
        Assert.Equal(0, empty.GetProperty("district").GetProperty("covered_population").GetInt32());
        Assert.Equal(0, empty.GetProperty("zones").GetArrayLength());

        (code, stdout, stderr) = Hanyang.Run(["import", .. Store, "--layer", "osm", "--file", WritePbf()]);
        Assert.True(code == 0, stderr);
        Assert.Contains("clipped to 示例区: imported", stdout, StringComparison.Ordinal);
        Assert.Contains("facilities: 2 added", stdout, StringComparison.Ordinal);

        var coverage = Coverage();
        var district = coverage.GetProperty("district");
        Assert.Equal("示例区", district.GetProperty("name").GetString());
        Assert.Equal(10_000, district.GetProperty("population").GetInt32());
        Assert.Equal(3_000, district.GetProperty("covered_population").GetInt32());
        Assert.Equal(7_000, district.GetProperty("straight_line_covered_population").GetInt32());
        Assert.Equal(0, coverage.GetProperty("zones").GetArrayLength());
        var metres = CommunityMetres();
        Assert.InRange(metres["429999001001"], 304 - 15, 304 + 15);
        Assert.InRange(metres["429999001002"], 2143 - 15, 2143 + 15);
        Assert.InRange(metres["429999002001"], 2711 - 15, 2711 + 15);
        Assert.InRange(metres["429999002002"], 1840 - 15, 1840 + 15);

        var points = Path.Combine(work, "points.geojson");
        File.WriteAllText(points, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[113.396,29.6065]}},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[113.414,29.6005]}}]}""");
        (code, stdout, stderr) = Hanyang.Run(["site", .. Store, "--kind", "primary-school", "--count", "1", "--minutes", "10", "--points", points, "--format", "json"]);
        Assert.True(code == 0, stderr);
        using var site = JsonDocument.Parse(stdout);
        Assert.Equal("optimal", site.RootElement.GetProperty("solver").GetProperty("status").GetString());
        Assert.Equal("point-1", Assert.Single(site.RootElement.GetProperty("sites").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(3_000, site.RootElement.GetProperty("district").GetProperty("covered_before").GetInt32());
        Assert.Equal(7_000, site.RootElement.GetProperty("district").GetProperty("covered_after").GetInt32());

        (code, stdout, stderr) = Hanyang.Run(["site", .. Store, "--kind", "primary-school", "--count", "2", "--minutes", "10", "--points", points, "--format", "json"]);
        Assert.True(code == 0, stderr);
        using var both = JsonDocument.Parse(stdout);
        Assert.Equal(9_000, both.RootElement.GetProperty("district").GetProperty("covered_after").GetInt32());
    }

    [Fact]
    public void Site_PointFarOutsideTheNewDistrict_IsRefusedNamingTheDistrict()
    {
        Assert.Equal(0, Init(Divisions).ExitCode);
        var points = Path.Combine(work, "hanyang.geojson");
        File.WriteAllText(points, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114.2654,30.5502]}}]}""");

        var (code, _, stderr) = Hanyang.Run(["site", .. Store, "--kind", "primary-school", "--count", "1", "--points", points, "--candidates", "grid:500"]);

        Assert.Equal(1, code);
        Assert.Contains("hanyang.geojson: feature 1: (114.2654, 30.5502) read as wgs84 is outside 示例区 and 5 km around it", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_BadRows_AreRefusedNamingRowAndColumnAndNothingIsWritten()
    {
        var bad = Divisions
            .Replace("429999001002,南二社区", "42999900100,南二社区", StringComparison.Ordinal)
            .Replace("113.395,29.6055", "113.5,29.6055", StringComparison.Ordinal)
            .Replace("北岸街道,1000", "北岸街,一千", StringComparison.Ordinal);

        var (code, _, stderr) = Init(bad);

        Assert.Equal(1, code);
        Assert.Contains("divisions.csv row 2 (line 3): column 'code': '42999900100' is not a 12-digit division code", stderr, StringComparison.Ordinal);
        Assert.Contains("divisions.csv row 3 (line 4): column 'lon': (113.5, 29.6055) in wgs84 lies outside the district boundary", stderr, StringComparison.Ordinal);
        Assert.Contains("divisions.csv row 4 (line 5): column 'street_name': '北岸街' differs from '北岸街道'", stderr, StringComparison.Ordinal);
        Assert.Contains("divisions.csv row 4 (line 5): column 'population': '一千' is not a whole number", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Geodata));
    }

    [Fact]
    public void Init_DistrictFarFromTheCentralMeridian_IsRefusedSayingWhy()
    {
        var (code, _, stderr) = Init(Divisions, west: 120.10);

        Assert.Equal(1, code);
        Assert.Contains("the area of the plan's coordinate system EPSG:4547", stderr, StringComparison.Ordinal);
        Assert.Contains("a district farther from 114°E needs another 3-degree zone", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Geodata));
    }

    private const string Divisions = """
        code,name,street_code,street_name,population,lon,lat
        429999001001,南一社区,429999001000,南岸街道,3000,113.397,29.6005
        429999001002,南二社区,429999001000,南岸街道,2000,113.416,29.5995
        429999002001,北一社区,429999002000,北岸街道,4000,113.395,29.6055
        429999002002,北二社区,429999002000,北岸街道,1000,113.404,29.6065

        """;

    private string[] Store => ["--geodata", Geodata, "--data-dir", DataDir];

    private (int ExitCode, string Out, string Error) Init(string divisions, double west = 113.390)
    {
        var boundary = Path.Combine(work, "boundary.geojson");
        var (w, e, s, n) = (west, west + 0.030, 29.590, 29.615);
        File.WriteAllText(boundary, string.Create(CultureInfo.InvariantCulture, $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"示例区"},"geometry":{"type":"Polygon","coordinates":[[[{{{w}}},{{{s}}}],[{{{e}}},{{{s}}}],[{{{e}}},{{{n}}}],[{{{w}}},{{{n}}}],[{{{w}}},{{{s}}}]]]}}]}"""));
        var table = Path.Combine(work, "divisions.csv");
        File.WriteAllText(table, divisions.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
        return Hanyang.Run("district", "init", "--dir", Geodata, "--code", "429999", "--name", "示例区", "--boundary", boundary, "--divisions", table);
    }

    private JsonElement Coverage()
    {
        var (code, stdout, stderr) = Hanyang.Run(["coverage", .. Store, "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "json"]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.Clone();
    }

    private Dictionary<string, double> CommunityMetres()
    {
        var (code, stdout, stderr) = Hanyang.Run(["coverage", .. Store, "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "geojson"]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("metres").GetDouble());
    }

    /// <summary>The OpenStreetMap extract of the scene, written as XML and turned into .osm.pbf by Debian's osmium-tool.</summary>
    private string WritePbf()
    {
        var xml = Path.Combine(work, "shili.osm");
        File.WriteAllText(xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6" generator="hanyang-tests">
              <node id="1" version="1" lat="29.600" lon="113.392"/>
              <node id="2" version="1" lat="29.600" lon="113.405"/>
              <node id="3" version="1" lat="29.600" lon="113.418"/>
              <node id="11" version="1" lat="29.606" lon="113.392"/>
              <node id="12" version="1" lat="29.606" lon="113.405"/>
              <node id="13" version="1" lat="29.606" lon="113.418"/>
              <node id="21" version="1" lat="29.6025" lon="113.385"/>
              <node id="22" version="1" lat="29.6025" lon="113.425"/>
              <node id="23" version="1" lat="29.6035" lon="113.425"/>
              <node id="24" version="1" lat="29.6035" lon="113.385"/>
              <node id="31" version="1" lat="29.6005" lon="113.395"><tag k="amenity" v="school"/><tag k="name" v="南岸小学"/></node>
              <node id="32" version="1" lat="29.6065" lon="113.415"><tag k="amenity" v="school"/><tag k="name" v="北岸中学"/></node>
              <way id="101" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/><tag k="name" v="南路"/></way>
              <way id="102" version="1"><nd ref="11"/><nd ref="12"/><nd ref="13"/><tag k="highway" v="residential"/><tag k="name" v="北路"/></way>
              <way id="103" version="1"><nd ref="2"/><nd ref="12"/><tag k="highway" v="primary"/><tag k="bridge" v="yes"/><tag k="layer" v="1"/><tag k="name" v="示例大桥"/></way>
              <way id="104" version="1"><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="24"/><nd ref="21"/><tag k="natural" v="water"/><tag k="water" v="river"/><tag k="name" v="示例河"/></way>
            </osm>
            """, new UTF8Encoding(false));
        var pbf = Path.Combine(work, "shili.osm.pbf");
        using var osmium = Process.Start(new ProcessStartInfo("osmium", ["cat", xml, "-o", pbf, "-O"]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("osmium did not start (apt-get install osmium-tool)");
        var error = osmium.StandardError.ReadToEnd();
        osmium.WaitForExit();
        return osmium.ExitCode == 0 ? pbf : throw new InvalidOperationException($"osmium cat failed: {error}");
    }
}
