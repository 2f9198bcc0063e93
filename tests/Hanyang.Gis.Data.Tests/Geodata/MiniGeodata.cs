using System.Text.Json.Nodes;

namespace Hanyang.Gis.Data.Tests.Geodata;

/// <summary>
/// A tiny but complete geodata directory written to a temp folder: one district square near 汉阳 with
/// one street, one community, a lake, zones, belts, a crossing of two noded roads, a school and a site.
/// Tests change one thing in it and check the loader's answer.
/// </summary>
internal sealed class MiniGeodata : IDisposable
{
    private const string Crs = """{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}""";

    public MiniGeodata()
    {
        Directory = Path.Combine(Path.GetTempPath(), "hanyang-mini-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Write("district.geojson", Collection(Feature("""{"id":"420105","name":"汉阳区","adcode":420105,"accuracy":"reference","source":"test"}""", Square(114.20, 30.50, 0.10))));
        Write("streets.geojson", Collection(Feature("""{"id":"420105001000","code":"420105001000","name":"建桥街道","accuracy":"approximate","source":"test"}""", Square(114.20, 30.50, 0.10))));
        Write("communities.geojson", Collection(Feature("""{"id":"420105001001","code":"420105001001","name":"测试社区","street_code":"420105001000","population":5000,"households":2024,"accuracy":"approximate","source":"test"}""", Point(114.25, 30.55))));
        Write("water.geojson", Collection(Feature("""{"id":"lake-test","name":"测试湖","kind":"lake","accuracy":"approximate","source":"test"}""", Square(114.21, 30.51, 0.01))));
        Write("zones.geojson", Collection(Feature("""{"id":"sixin","name":"四新新城总部区","parts":["四新方岛"],"accuracy":"approximate","source":"test"}""", Square(114.22, 30.52, 0.02))));
        Write("belts.geojson", Collection(Feature("""{"id":"yangtze","name":"沿长江会展商旅带","river":"长江","parts":[],"accuracy":"approximate","source":"test"}""", Square(114.28, 30.52, 0.01))));
        Write("roads.geojson", Collection(
            Road("road-1", "汉阳大道", "arterial", "\"east-west\"", Line(114.22, 30.55, 114.25, 30.55)),
            Road("road-2", "汉阳大道", "arterial", "\"east-west\"", Line(114.25, 30.55, 114.28, 30.55)),
            Road("road-3", "江城大道", "arterial", "\"north-south\"", Line(114.25, 30.52, 114.25, 30.55))));
        Write("facilities.geojson", Collection(Feature("""{"id":"fac-1","kind":"primary-school","name":"钟家村小学","capacity":1800,"capacity_unit":"seats","status":"existing","named_in_plan":true,"medical_circle":null,"street_code":"420105001000","accuracy":"approximate","source":"test"}""", Point(114.251, 30.551))));
        Write("candidate-sites.geojson", Collection(Feature("""{"id":"site-1","name":"四新片区备选地块A","suitable_kinds":["primary-school","parking"],"shortage_area":"sixin","area_m2":20000,"accuracy":"synthetic","source":"test"}""", Point(114.23, 30.53))));
        File.WriteAllText(Path.Combine(Directory, "plan-targets.json"), """[{"id":"new-primary-schools","kind":"primary-school","description":"新建小学9所","target_count":9,"target_value":null,"unit":null,"period":"2021-2025","chapter":"第九章 第一节","source":"test"}]""");
    }

    public string Directory { get; }

    public static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","crs":{{Crs}},"features":[{{string.Join(",", features)}}]}""";

    public static string Feature(string properties, string geometry) =>
        $$"""{"type":"Feature","properties":{{properties}},"geometry":{{geometry}}}""";

    public static string Road(string id, string name, string roadClass, string skeleton, string geometry) =>
        Feature($$"""{"id":"{{id}}","name":"{{name}}","class":"{{roadClass}}","skeleton":{{skeleton}},"oneway":false,"bridge":false,"tunnel":false,"layer":0,"walkable":true,"accuracy":"reference","source":"test"}""", geometry);

    public static string Point(double lon, double lat) => FormattableString.Invariant($$"""{"type":"Point","coordinates":[{{lon}},{{lat}}]}""");

    public static string Line(double lon1, double lat1, double lon2, double lat2) =>
        FormattableString.Invariant($$"""{"type":"LineString","coordinates":[[{{lon1}},{{lat1}}],[{{lon2}},{{lat2}}]]}""");

    public static string Square(double lon, double lat, double size) => FormattableString.Invariant(
        $$"""{"type":"Polygon","coordinates":[[[{{lon}},{{lat}}],[{{lon + size}},{{lat}}],[{{lon + size}},{{lat + size}}],[{{lon}},{{lat + size}}],[{{lon}},{{lat}}]]]}""");

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Directory, file), text);

    /// <summary>Edits one layer as JSON: <paramref name="edit"/> gets the parsed document.</summary>
    public void Edit(string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(Directory, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        edit(node);
        File.WriteAllText(path, node.ToJsonString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
