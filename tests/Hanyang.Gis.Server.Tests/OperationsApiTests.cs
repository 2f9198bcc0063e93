using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hanyang.Gis.Server.Tests;

/// <summary>/health, the OpenAPI document and the interactive reference at /docs, on each store.</summary>
public abstract partial class OperationsApiTests(RunningServer server)
{
    [Fact]
    public async Task Health_NamesTheStoreAndSaysItAnswers()
    {
        var (status, body, type) = await server.GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(server.StoreKind, json.RootElement.GetProperty("store").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpoint()
    {
        var (status, body, _) = await server.GetAsync("openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateObject().Select(o => o.Name.ToUpperInvariant()).ToHashSet());
        foreach (var (path, method) in ExpectedOperations)
        {
            Assert.True(paths.TryGetValue(path, out var methods) && methods.Contains(method), $"the OpenAPI document lacks {method} {path}");
        }

        var tile = json.RootElement.GetProperty("paths").GetProperty("/tiles/{collection}/{z}/{x}/{y}.mvt").GetProperty("get");
        Assert.True(tile.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Theory]
    [InlineData("/ogc", "get", "200", "application/json")]
    [InlineData("/ogc/conformance", "get", "200", "application/json")]
    [InlineData("/ogc/collections", "get", "200", "application/json")]
    [InlineData("/ogc/collections/{id}", "get", "200", "application/json")]
    [InlineData("/ogc/collections/{id}", "get", "404", "application/problem+json")]
    [InlineData("/ogc/collections/{id}/items", "get", "200", "application/geo+json")]
    [InlineData("/ogc/collections/{id}/items", "get", "400", "application/problem+json")]
    [InlineData("/ogc/collections/{id}/queryables", "get", "200", "application/schema+json")]
    [InlineData("/ogc/collections/{id}/items/{featureId}", "get", "200", "application/geo+json")]
    [InlineData("/ogc/collections/{id}/items/{featureId}", "get", "404", "application/problem+json")]
    [InlineData("/ogc/collections/{id}/items", "post", "201", "application/geo+json")]
    [InlineData("/ogc/collections/{id}/items/{featureId}", "put", "200", "application/geo+json")]
    [InlineData("/health", "get", "200", "application/json")]
    [InlineData("/health", "get", "503", "application/json")]
    [InlineData("/tiles/{collection}/{z}/{x}/{y}.mvt", "get", "200", "application/vnd.mapbox-vector-tile")]
    public async Task OpenApi_DescribesEachResponseWithItsMediaType(string path, string method, string status, string mediaType)
    {
        var (_, body, _) = await server.GetAsync("openapi/v1.json");

        using var json = JsonDocument.Parse(body);
        var responses = json.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.True(responses.TryGetProperty(status, out var response), $"{method} {path} does not document {status}");
        Assert.True(response.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out _), $"{method} {path} {status} does not name {mediaType}");
    }

    [Fact]
    public async Task OpenApi_DescribesTheOgcAndHealthBodiesAsSchemas()
    {
        var (_, body, _) = await server.GetAsync("openapi/v1.json");

        using var json = JsonDocument.Parse(body);
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        foreach (var (schema, property) in new[] { ("OgcCollectionList", "collections"), ("OgcCollectionDescription", "extent"), ("OgcLink", "href"), ("HealthReport", "store") })
        {
            Assert.True(schemas.TryGetProperty(schema, out var s) && s.GetProperty("properties").TryGetProperty(property, out _), $"the OpenAPI document lacks {schema}.{property}");
        }
    }

    [Fact]
    public async Task OpenApi_TypesEveryNumberAsANumberOnly()
    {
        var (_, body, _) = await server.GetAsync("openapi/v1.json");

        using var json = JsonDocument.Parse(body);
        var numbers = new List<string>();
        var alsoStrings = new List<string>();
        CollectNumbers(json.RootElement.GetProperty("components").GetProperty("schemas"), "#/components/schemas", numbers, alsoStrings);
        Assert.Contains("#/components/schemas/AreaSummary/properties/coverage_rate", numbers);
        Assert.True(alsoStrings.Count == 0, $"numbers the document also allows as strings (clients would type them `number | string`): {string.Join(", ", alsoStrings)}");
    }

    /// <summary>Every schema under <paramref name="element"/> typed integer or number, and those whose type also admits a string.</summary>
    private static void CollectNumbers(JsonElement element, string path, List<string> numbers, List<string> alsoStrings)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            // A "type" that is an object is a property named type (OgcLink's), not a schema's type.
            if (element.TryGetProperty("type", out var type) && type.ValueKind is JsonValueKind.String or JsonValueKind.Array)
            {
                var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()];
                if (types.Contains("integer") || types.Contains("number"))
                {
                    numbers.Add(path);
                    if (types.Contains("string") || element.TryGetProperty("pattern", out _))
                    {
                        alsoStrings.Add(path);
                    }
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                CollectNumbers(property.Value, $"{path}/{property.Name}", numbers, alsoStrings);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                CollectNumbers(item, $"{path}/{index++}", numbers, alsoStrings);
            }
        }
    }

    [Fact]
    public async Task Docs_RenderInChromiumFromScriptsThisServerServes()
    {
        var (status, html, type) = await server.GetAsync("docs/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        var scripts = ScriptSources().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.False(Uri.TryCreate(src, UriKind.Absolute, out _), $"/docs loads {src} from elsewhere"));
        foreach (var src in scripts)
        {
            var (scriptStatus, _, scriptType) = await server.GetAsync("docs/" + src);
            Assert.Equal(HttpStatusCode.OK, scriptStatus);
            Assert.Equal("text/javascript", scriptType);
        }

        var dom = await ChromiumDomAsync(new Uri(server.BaseAddress, "docs/").ToString());

        Assert.Contains("Hanyang.Gis 汉阳区空间规划 API", dom, StringComparison.Ordinal);
        Assert.Contains("Vector tiles", dom, StringComparison.Ordinal);
    }

    /// <summary>Method and path of every endpoint the server maps (the map client's static files aside).</summary>
    internal static readonly (string Path, string Method)[] ExpectedOperations =
    [
        ("/ogc", "GET"), ("/ogc/conformance", "GET"), ("/ogc/api", "GET"), ("/ogc/collections", "GET"), ("/ogc/collections/{id}", "GET"),
        ("/ogc/collections/{id}/items", "GET"), ("/ogc/collections/{id}/items/{featureId}", "GET"),
        ("/api/coverage", "GET"), ("/api/isochrones", "GET"), ("/api/facility-kinds", "GET"), ("/api/travel-modes", "GET"),
        ("/tiles/{collection}/{z}/{x}/{y}.mvt", "GET"), ("/health", "GET"),
        ("/ogc/collections/{id}/items", "POST"), ("/ogc/collections/{id}/items/{featureId}", "PUT"), ("/ogc/collections/{id}/items/{featureId}", "DELETE"),
        ("/api/scenarios", "GET"), ("/api/scenarios", "POST"), ("/api/scenarios/{id}", "GET"), ("/api/scenarios/{id}", "DELETE"),
        ("/api/scenarios/{id}/coverage", "GET"), ("/api/scenarios/{id}/added-facilities", "POST"), ("/api/scenarios/{id}/added-facilities/{facilityId}", "DELETE"),
        ("/api/scenarios/{id}/removed-facilities/{facilityId}", "POST"), ("/api/scenarios/{id}/removed-facilities/{facilityId}", "DELETE"),
    ];

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();

    private static async Task<string> ChromiumDomAsync(string url)
    {
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--virtual-time-budget=20000", "--dump-dom", url })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium is not installed: run scripts/test.sh");
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return await output;
    }
}

public sealed class EmbeddedOperationsApiTests(RunningServer server) : OperationsApiTests(server), IClassFixture<RunningServer>;

public sealed class PostGisOperationsApiTests(RunningPostGisServer server) : OperationsApiTests(server), IClassFixture<RunningPostGisServer>;
