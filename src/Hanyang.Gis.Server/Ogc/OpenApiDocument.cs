using System.Text.Json;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>The OpenAPI 3.0 definition the landing page links as service-desc (GDAL and other clients read it).</summary>
internal static class OpenApiDocument
{
    public static string Build(string baseUrl, OgcCollections collections)
    {
        static object Get(string summary, string operationId, object[] parameters, string type) => new
        {
            get = new
            {
                summary,
                operationId,
                parameters,
                responses = new Dictionary<string, object> { ["200"] = new { description = "OK", content = new Dictionary<string, object> { [type] = new { schema = new { type = "object" } } } } },
            },
        };
        static object Param(string name, string @in, string type, bool required = false) => new { name, @in, required, schema = new { type } };
        var paths = new Dictionary<string, object>
        {
            ["/"] = Get("Landing page", "getLandingPage", [], "application/json"),
            ["/conformance"] = Get("Conformance classes", "getConformance", [], "application/json"),
            ["/collections"] = Get("Feature collections", "getCollections", [], "application/json"),
            ["/collections/{collectionId}"] = Get("A collection", "getCollection", [Param("collectionId", "path", "string", true)], "application/json"),
            ["/collections/{collectionId}/items"] = Get("Features", "getFeatures",
                [Param("collectionId", "path", "string", true), Param("bbox", "query", "string"), Param("limit", "query", "integer"), Param("offset", "query", "integer")], "application/geo+json"),
            ["/collections/{collectionId}/items/{featureId}"] = Get("A feature", "getFeature",
                [Param("collectionId", "path", "string", true), Param("featureId", "path", "string", true)], "application/geo+json"),
        };
        // Each collection's items with its queryables as query parameters (Part 1 §7.15.5): GDAL's OAPIF driver
        // reads these and sends an attribute filter such as -where "kind = 'primary-school'" to the server.
        foreach (var c in collections.All)
        {
            paths[$"/collections/{c.Id}/items"] = Get($"{c.Title}: features", $"get{string.Concat(c.Id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}Features",
                [Param("bbox", "query", "string"), Param("limit", "query", "integer"), Param("offset", "query", "integer"), .. c.Queryables.Select(q => Param(q.Name, "query", q.Type))], "application/geo+json");
        }

        paths["/collections/{collectionId}/queryables"] = Get("Queryables", "getQueryables", [Param("collectionId", "path", "string", true)], "application/schema+json");
        var document = new
        {
            openapi = "3.0.3",
            info = new { title = "Hanyang.Gis OGC API – Features", version = "1.0" },
            servers = new[] { new { url = baseUrl + "/ogc" } },
            paths,
        };
        return JsonSerializer.Serialize(document);
    }
}
