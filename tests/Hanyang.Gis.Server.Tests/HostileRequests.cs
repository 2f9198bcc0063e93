namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// Malformed requests against every endpoint, each with the status the server must answer and a word its problem's
/// detail must hold (the parameter, JSON path or header at fault). A new endpoint joins by a line in
/// <see cref="Endpoints"/> (query parameters) or in <see cref="FeatureBodies"/>, <see cref="SiteBodies"/> and <see cref="ScenarioBodies"/> (JSON bodies).
/// </summary>
public static class HostileRequests
{
    /// <summary>One malformed request: what is sent and what must come back.</summary>
    /// <param name="Method">GET, POST, PUT or DELETE.</param>
    /// <param name="Path">Relative URI, query included (already escaped).</param>
    /// <param name="Body">The body; null for none.</param>
    /// <param name="ContentType">The body's Content-Type; null for none.</param>
    /// <param name="Status">The status the server must answer.</param>
    /// <param name="Named">Text the problem's detail must contain: the parameter, path or header at fault.</param>
    public sealed record HostileCase(string Method, string Path, string? Body, string? ContentType, int Status, string Named)
    {
        /// <summary>A short label for test output.</summary>
        public override string ToString() => $"{Method} {(Path.Length > 90 ? Path[..90] + "…" : Path)}{(Body is null ? string.Empty : " " + (Body.Length > 60 ? Body[..60] + "…" : Body))}";
    }

    /// <summary>Query parameters of every GET endpoint that reads them, each with a valid base query; free-text parameters are looked up (404 when unknown).</summary>
    private static readonly (string Path, string Valid, (string Name, bool FreeText)[] Parameters)[] Endpoints =
    [
        ("api/coverage", "kind=primary-school&mode=walk&minutes=10", [("kind", false), ("mode", false), ("minutes", false)]),
        ("api/isochrones", "kind=primary-school&mode=walk&minutes=10", [("kind", false), ("mode", false), ("minutes", false)]),
        ("api/reach", "community=钟家村社区&mode=walk&minutes=10", [("community", true), ("mode", false), ("minutes", false)]),
        ("api/facility-circle", "facility=fac-hosp-wuyi&mode=drive&minutes=10", [("facility", true), ("mode", false), ("minutes", false)]),
        ("api/medical-circles", "profile=peak&minutes=10", [("profile", false), ("minutes", false)]),
        ("api/siting", "kind=primary-school&count=2&objective=max-coverage&minutes=10&mode=walk&candidates=geodata&solver=heuristic&timeLimit=5&capacitated=false&points=114.21,30.53",
            [("kind", false), ("count", false), ("objective", false), ("minutes", false), ("mode", false), ("candidates", false), ("solver", false), ("timeLimit", false), ("capacitated", false), ("points", false)]),
        ("api/scenarios/no-such-scenario/coverage", "kind=primary-school&mode=walk&minutes=10", [("kind", false), ("mode", false), ("minutes", false)]),
        ("ogc/collections/facilities/items", "limit=10&offset=0&bbox=114.1,30.4,114.4,30.7", [("limit", false), ("offset", false), ("bbox", false)]),
        ("ogc/collections/service-circles/items", "kind=park&mode=walk&minutes=10", [("kind", false), ("mode", false), ("minutes", false)]),
    ];

    /// <summary>Values no parameter above accepts (as sent, escaped); REPEAT sends the parameter twice.</summary>
    private static readonly string[] Values = ["abc", "1e10", "-1", "NaN", "Infinity", "", "a%00b", "a%01b", new('9', 3000), "REPEAT"];

    /// <summary>Pairs where the value is in fact acceptable: an empty point list, a bare flag.</summary>
    private static readonly HashSet<(string, string)> Acceptable = [("points", ""), ("capacitated", "")];

    private const string Geo = "application/geo+json";

    private static string Feature(string geometry, string properties = """{"kind":"primary-school","name":"测试"}""") =>
        $$"""{"type":"Feature","geometry":{{geometry}},"properties":{{properties}}}""";

    private static readonly string Point = """{"type":"Point","coordinates":[114.21,30.53]}""";

    /// <summary>Feature bodies and what is wrong with each: (body, status, named).</summary>
    private static readonly (string Body, int Status, string Named)[] FeatureBodies =
    [
        ("""{"type":1}""", 400, "type"),
        ("""{"type":"Feature","crs":{"properties":1},"geometry":{"type":"Point","coordinates":[114.21,30.53]},"properties":{}}""", 400, "crs"),
        ("""{"type":"Feature","crs":{"type":"name","properties":{"name":"EPSG:4490"}},"geometry":{"type":"Point","coordinates":[114.21,30.53]},"properties":{}}""", 400, "crs"),
        ("not json", 400, "body"),
        ("[]", 400, "body"),
        ("null", 400, "body"),
        ("\"Feature\"", 400, "body"),
        (new string('[', 100) + new string(']', 100), 400, "body"),
        ("""{"type":"Feature"}""", 400, "properties"),
        ("""{"type":"Feature","geometry":null,"properties":{}}""", 400, "geometry"),
        ("""{"type":"Feature","geometry":{"type":"Point","coordinates":[114.21,30.53]},"properties":"x"}""", 400, "properties"),
        (Feature("""{"type":"MultiPolygon","coordinates":[]}"""), 422, "geometry"),
        (Feature("""{"type":"MultiPoint","coordinates":[]}"""), 422, "geometry"),
        (Feature("""{"type":"GeometryCollection","geometries":[]}"""), 422, "geometry"),
        (Feature("""{"type":"Point","coordinates":[]}"""), 400, "geometry"),
        (Feature("""{"type":"Point","coordinates":["a","b"]}"""), 400, "geometry"),
        (Feature("""{"type":"Point","coordinates":[1e400,30.5]}"""), 422, "geometry"),
        (Feature("""{"type":"Point","coordinates":[0,0]}"""), 422, "geometry"),
        (Feature("""{"type":"Polygon","coordinates":[[[114.2,30.5],[114.21,30.5],[114.21,30.51]]]}"""), 400, "geometry"),
        (Feature("""{"type":"Polygon","coordinates":[[]]}"""), 400, "geometry"),
        (Feature("""{"type":"Circle","coordinates":[114.21,30.53]}"""), 400, "geometry"),
        (Feature(Point, """{"kind":"primary-school","name":1}"""), 422, "properties.name"),
        (Feature(Point, """{"kind":"school","name":"测试"}"""), 422, "properties.kind"),
        (Feature(Point, """{"kind":"primary-school","name":"a\u0000b"}"""), 400, "$.properties.name"),
        (Feature(Point, """{"kind":"primary-school","name":"测试","capacity":-1,"capacity_unit":"seats"}"""), 422, "properties.capacity"),
        (Feature(Point, """{"kind":"primary-school","name":"测试","capacity":1e20,"capacity_unit":"seats"}"""), 422, "properties.capacity"),
        (Feature(Point, """{"kind":"primary-school","name":"测试","capacity":"10","capacity_unit":"seats"}"""), 422, "properties.capacity"),
        (Feature(Point, """{"kind":"primary-school","name":"测试","id":"x/y z"}"""), 422, "properties.id"),
        (Feature(Point, """{"kind":"primary-school","name":"测试","status":["built"]}"""), 422, "properties.status"),
        (Feature(Point, """{"kind":"primary-school","name":""" + "\"" + new string('名', 600) + "\"}"), 422, "properties.name"),
        (Feature(Point, """{"kind":"primary-school","name":"测试","source":"a\u0000"}"""), 400, "$.properties.source"),
    ];

    /// <summary>Candidate-site bodies (their own rules: plot area, suitable kinds).</summary>
    private static readonly (string Body, int Status, string Named)[] SiteBodies =
    [
        (Feature("""{"type":"Polygon","coordinates":[[[113.7,30.0],[115.0,30.0],[115.0,31.3],[113.7,31.3],[113.7,30.0]]]}""", """{"name":"整个武汉","suitable_kinds":["park"],"shortage_area":"sixin"}"""), 422, "geometry"),
        (Feature("""{"type":"Polygon","coordinates":[[[114.2,30.5],[114.21,30.51],[114.21,30.5],[114.2,30.51],[114.2,30.5]]]}""", """{"name":"自相交","suitable_kinds":["park"],"shortage_area":"sixin"}"""), 422, "geometry"),
        (Feature("""{"type":"MultiPolygon","coordinates":[]}""", """{"name":"空","suitable_kinds":["park"],"shortage_area":"sixin"}"""), 422, "geometry"),
        (Feature(Point, """{"name":"x","suitable_kinds":"park","shortage_area":"sixin"}"""), 422, "properties.suitable_kinds"),
        (Feature(Point, """{"name":"x","suitable_kinds":[1],"shortage_area":"sixin"}"""), 422, "properties.suitable_kinds"),
        (Feature(Point, """{"name":"x","suitable_kinds":[],"shortage_area":"sixin"}"""), 422, "properties.suitable_kinds"),
        (Feature(Point, """{"name":"x","suitable_kinds":["park"],"shortage_area":"mars"}"""), 422, "properties.shortage_area"),
        (Feature(Point, """{"name":"x","suitable_kinds":["park"],"shortage_area":"sixin","area_m2":99999999999}"""), 422, "properties.area_m2"),
    ];

    /// <summary>Scenario bodies.</summary>
    private static readonly (string Body, int Status, string Named)[] ScenarioBodies =
    [
        ("""{"name":"x","added_facilities":{"type":1}}""", 400, "added_facilities"),
        ("""{"name":"x","added_facilities":[]}""", 400, "added_facilities"),
        ("""{"name":"x","added_facilities":{"type":"FeatureCollection","features":[{"type":1}]}}""", 400, "added_facilities.features[0]"),
        ("""{"name":"x","added_facilities":{"type":"FeatureCollection","features":[""" + Feature("""{"type":"MultiPolygon","coordinates":[]}""") + "]}}", 422, "added_facilities.features[0]"),
        ("""{"name":1}""", 400, "name"),
        ("""{"name":""}""", 422, "name"),
        ("""{"name":"x\u0000"}""", 400, "$.name"),
        ("""{"name":""" + "\"" + new string('x', 300) + "\"}", 422, "name"),
        ("""{"name":"x","description":{}}""", 400, "description"),
        ("""{"name":"x","id":"a b"}""", 422, "id"),
        ("""{"name":"x","removed_facilities":"fac-1"}""", 400, "removed_facilities"),
        ("""{"name":"x","removed_facilities":[1]}""", 400, "removed_facilities[0]"),
        ("""{"name":"x","removed_facilities":["no-such-facility"]}""", 422, "removed_facilities[0]"),
        ("[1,2]", 400, "body"),
        ("{", 400, "body"),
    ];

    /// <summary>Every case.</summary>
    public static IEnumerable<HostileCase> All()
    {
        foreach (var (path, valid, parameters) in Endpoints)
        {
            foreach (var (name, freeText) in parameters)
            {
                foreach (var value in Values.Where(v => !Acceptable.Contains((name, v))))
                {
                    var others = string.Join('&', valid.Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)));
                    var hostile = value == "REPEAT" ? $"{name}=1&{name}=2" : $"{name}={value}";
                    var query = others.Length == 0 ? hostile : $"{others}&{hostile}";
                    // A free-text parameter (a community or facility name) with a harmless odd value is looked up and not found.
                    var status = freeText && value is "abc" or "1e10" or "-1" or "NaN" or "Infinity" ? 404 : 400;
                    yield return new HostileCase("GET", $"{path}?{query}", null, null, status, name);
                }
            }
        }

        foreach (var (tile, named) in new[] { ("abc/1/1", "z"), ("99/1/1", "z"), ("-1/0/0", "z"), ("3/8/0", "x"), ("3/0/-1", "y"), ("1e3/0/0", "z"), ("3/NaN/0", "x") })
        {
            yield return new HostileCase("GET", $"tiles/roads/{tile}.mvt", null, null, 400, named);
        }

        foreach (var collection in new[] { "facilities", "candidate-sites" })
        {
            var bodies = collection == "facilities" ? FeatureBodies : FeatureBodies.Where(b => b.Status == 400).Concat(SiteBodies);
            foreach (var (body, status, named) in bodies)
            {
                yield return new HostileCase("POST", $"ogc/collections/{collection}/items", body, Geo, status, named);
            }
        }

        foreach (var (body, status, named) in FeatureBodies.Take(12))
        {
            yield return new HostileCase("PUT", "ogc/collections/facilities/items/fac-hosp-wuyi", body, Geo, status, named);
        }

        foreach (var (body, status, named) in ScenarioBodies)
        {
            yield return new HostileCase("POST", "api/scenarios", body, "application/json", status, named);
        }

        yield return new HostileCase("POST", "ogc/collections/facilities/items", Feature(Point), "text/plain", 415, "Content-Type");
        yield return new HostileCase("POST", "ogc/collections/facilities/items", Feature(Point), null, 415, "Content-Type");
        yield return new HostileCase("POST", "ogc/collections/facilities/items", Feature(Point), "application/geo+json; charset=latin1", 415, "Content-Type");
        yield return new HostileCase("POST", "api/scenarios", """{"name":"x"}""", "application/x-www-form-urlencoded", 415, "Content-Type");
        yield return new HostileCase("POST", "ogc/collections/facilities/items", "[" + new string(' ', 6 * 1024 * 1024) + "]", Geo, 413, "body");
        yield return new HostileCase("POST", "ogc/collections/zones/items", Feature(Point), Geo, 405, "zones");
        yield return new HostileCase("POST", "ogc/collections/nowhere/items", Feature(Point), Geo, 404, "nowhere");
        yield return new HostileCase("PUT", "ogc/collections/facilities/items/fac-hosp-wuyi", Feature(Point), Geo, 428, "If-Match");
        yield return new HostileCase("DELETE", "ogc/collections/facilities/items/fac-hosp-wuyi", null, null, 428, "If-Match");
        yield return new HostileCase("GET", "ogc/collections/facilities/items/a%01b", null, null, 400, "path");
    }

    /// <summary>The cases as xunit rows.</summary>
    public static TheoryData<HostileCase> Rows() => [.. All()];

    /// <summary>How many cases there are, for the suite's own count check.</summary>
    public static int Count => All().Count();

    /// <summary>The If-Match a PUT case sends: a version that exists, so that the body is what is judged.</summary>
    public static string IfMatchFor(HostileCase c) => c.Method == "PUT" && c.Status != 428 ? "\"1\"" : string.Empty;
}
