using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hanyang.Gis.Server.Tests;

/// <summary>Edits of facilities and candidate sites, and scenarios, behind the bearer token — on each store.</summary>
public abstract class WriteApiTests(RunningServer server)
{
    private static string School(string id, double lon = 114.2101, double lat = 30.5302, string name = "测试新建小学") =>
        $$$"""{"type":"Feature","geometry":{"type":"Point","coordinates":[{{{lon}}},{{{lat}}}]},"properties":{"id":"{{{id}}}","kind":"primary-school","name":"{{{name}}}","capacity":1800,"capacity_unit":"seats","status":"planned"}}""";

    [Fact]
    public async Task Facility_CreatedReadUpdatedAndDeleted_WithVersionsAndConflicts()
    {
        var id = "test-school-" + Guid.NewGuid().ToString("N")[..8];
        var (created, body, _, etag) = await SendAsync(HttpMethod.Post, "ogc/collections/facilities/items", School(id));
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("\"1\"", etag);
        var properties = JsonDocument.Parse(body).RootElement.GetProperty("properties");
        Assert.Equal("approximate", properties.GetProperty("accuracy").GetString());
        Assert.Equal("测试新建小学", properties.GetProperty("name").GetString());

        var (read, item, _) = await server.GetAsync($"ogc/collections/facilities/items/{id}");
        Assert.Equal(HttpStatusCode.OK, read);
        var coordinates = JsonDocument.Parse(item).RootElement.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(114.2101, coordinates[0].GetDouble(), 5);
        Assert.Equal(30.5302, coordinates[1].GetDouble(), 5);

        var (updated, _, _, newTag) = await SendAsync(HttpMethod.Put, $"ogc/collections/facilities/items/{id}", School(id, name: "测试新建小学（改）"), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("\"2\"", newTag);
        var (stale, staleBody, staleType, _) = await SendAsync(HttpMethod.Put, $"ogc/collections/facilities/items/{id}", School(id, name: "过期的修改"), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Equal("application/problem+json", staleType);
        Assert.Contains("is at version 2, not 1", Detail(staleBody), StringComparison.Ordinal);
        var (_, afterConflict, _) = await server.GetAsync($"ogc/collections/facilities/items/{id}");
        Assert.Contains("测试新建小学（改）", afterConflict, StringComparison.Ordinal);

        var (deleted, _, _, _) = await SendAsync(HttpMethod.Delete, $"ogc/collections/facilities/items/{id}", null, ifMatch: "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var (gone, _, _) = await server.GetAsync($"ogc/collections/facilities/items/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    [Fact]
    public async Task CandidateSite_PolygonInWgs84_IsStoredWithItsArea()
    {
        var id = "test-site-" + Guid.NewGuid().ToString("N")[..8];
        var site = $$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[114.20,30.53],[114.202,30.53],[114.202,30.532],[114.20,30.532],[114.20,30.53]]]},"properties":{"id":"{{{id}}}","name":"测试备选地块","suitable_kinds":["primary-school","kindergarten"],"shortage_area":"sixin"}}""";

        var (status, body, _, _) = await SendAsync(HttpMethod.Post, "ogc/collections/candidate-sites/items", site);

        Assert.Equal(HttpStatusCode.Created, status);
        var properties = JsonDocument.Parse(body).RootElement.GetProperty("properties");
        Assert.InRange(properties.GetProperty("area_m2").GetInt32(), 40_000, 50_000); // ≈ 192 m × 222 m
        Assert.Equal(2, properties.GetProperty("suitable_kinds").GetArrayLength());
    }

    [Fact]
    public async Task Create_CandidateSiteOrScenarioWithATakenId_Is409IdTaken()
    {
        var id = "test-taken-" + Guid.NewGuid().ToString("N")[..8];
        var site = $$$"""{"type":"Feature","geometry":{"type":"Point","coordinates":[114.201,30.531]},"properties":{"id":"{{{id}}}","name":"测试备选地块","suitable_kinds":["kindergarten"],"shortage_area":"sixin"}}""";
        var scenario = $$"""{"id":"{{id}}","name":"重复的方案"}""";

        var (firstSite, _, _, _) = await SendAsync(HttpMethod.Post, "ogc/collections/candidate-sites/items", site);
        var (secondSite, siteProblem, _, _) = await SendAsync(HttpMethod.Post, "ogc/collections/candidate-sites/items", site);
        var (firstScenario, _, _, _) = await SendAsync(HttpMethod.Post, "api/scenarios", scenario);
        var (secondScenario, scenarioProblem, _, _) = await SendAsync(HttpMethod.Post, "api/scenarios", scenario);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (firstSite, secondSite));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (firstScenario, secondScenario));
        Assert.Equal("id taken", JsonDocument.Parse(siteProblem).RootElement.GetProperty("title").GetString());
        Assert.Equal($"properties.id: candidate site id '{id}' is taken; nothing was added", Detail(siteProblem));
        Assert.Equal($"id: scenario id '{id}' is taken; nothing was added", Detail(scenarioProblem));
    }

    [Theory]
    [InlineData(null, 401, "Authorization: writes need the header")]
    [InlineData("wrong-token", 401, "not the one this server is configured with")]
    public async Task Write_WithoutTheRightToken_Is401AndChangesNothing(string? token, int expected, string detail)
    {
        var id = "test-unauthorised-" + Guid.NewGuid().ToString("N")[..8];

        var (status, body, _, _) = await SendAsync(HttpMethod.Post, "ogc/collections/facilities/items", School(id), token: token ?? string.Empty);

        Assert.Equal(expected, (int)status);
        Assert.Contains(detail, Detail(body), StringComparison.Ordinal);
        var (read, _, _) = await server.GetAsync($"ogc/collections/facilities/items/{id}");
        Assert.Equal(HttpStatusCode.NotFound, read);
    }

    [Theory]
    [InlineData("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.21,30.53]},\"properties\":{\"kind\":\"school\",\"name\":\"x\"}}", 422, "properties.kind: 'school' is not known")]
    [InlineData("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[191.2,30.53]},\"properties\":{\"kind\":\"primary-school\",\"name\":\"x\"}}", 422, "geometry: coordinate 0: longitude 191.2")]
    [InlineData("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.4,39.9]},\"properties\":{\"kind\":\"primary-school\",\"name\":\"x\"}}", 422, "geometry: coordinate 0: longitude 116.4 is out of range for 汉阳区 and 5 km around it")]
    [InlineData("{\"type\":\"Feature\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4547\"}},\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.21,30.53]},\"properties\":{\"kind\":\"primary-school\",\"name\":\"x\"}}", 400, "crs: 'EPSG:4547' is not accepted")]
    [InlineData("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.21]},\"properties\":{\"kind\":\"primary-school\",\"name\":\"x\"}}", 400, "coordinates")]
    [InlineData("{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[114.21,30.53],[114.22,30.54]]},\"properties\":{\"kind\":\"primary-school\",\"name\":\"x\"}}", 422, "geometry: a facility is a Point")]
    [InlineData("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.21,30.53]},\"properties\":{\"kind\":\"primary-school\"}}", 422, "properties.name: missing")]
    [InlineData("not json", 400, "body: not JSON")]
    public async Task Write_WithABadFeature_SaysWhichPropertyIsWrong(string feature, int expected, string detail)
    {
        var (status, body, type, _) = await SendAsync(HttpMethod.Post, "ogc/collections/facilities/items", feature);

        Assert.Equal(expected, (int)status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains(detail, Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_OfReferenceDataOrWithoutIfMatch_IsRefused()
    {
        var (roads, roadsBody, _, _) = await SendAsync(HttpMethod.Post, "ogc/collections/roads/items", School("x"));
        var (noVersion, noVersionBody, _, _) = await SendAsync(HttpMethod.Delete, "ogc/collections/facilities/items/anything", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, roads);
        Assert.Contains("collection 'roads' is reference data", Detail(roadsBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noVersion);
        Assert.Contains("If-Match", Detail(noVersionBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_OverTheBodyLimit_Is413()
    {
        var padding = new string(' ', 6 * 1024 * 1024);

        var (status, body, type, _) = await SendAsync(HttpMethod.Post, "ogc/collections/facilities/items", School("too-large") + padding);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("over the limit of 5,242,880 bytes", Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_WithANewSchoolAndAClosedOne_ComparesCoverageWithThePlan()
    {
        var id = "test-scenario-" + Guid.NewGuid().ToString("N")[..8];
        var (created, _, _, v1) = await SendAsync(HttpMethod.Post, "api/scenarios", $$"""{"id":"{{id}}","name":"四新新建1所小学","description":"测试"}""");
        Assert.Equal(HttpStatusCode.Created, created);
        var (_, uncovered, _) = await server.GetAsync("api/coverage?kind=primary-school&mode=walk&minutes=10");
        var target = JsonDocument.Parse(uncovered).RootElement.GetProperty("communities").GetProperty("features").EnumerateArray()
            .First(f => !f.GetProperty("properties").GetProperty("covered").GetBoolean());
        var (lon, lat) = (target.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), target.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
        var code = target.GetProperty("properties").GetProperty("code").GetString();

        var (added, _, _, v2) = await SendAsync(HttpMethod.Post, $"api/scenarios/{id}/added-facilities", School("proposed-" + id, lon, lat, "方案新建小学"), ifMatch: v1);
        var (stale, _, _, _) = await SendAsync(HttpMethod.Post, $"api/scenarios/{id}/added-facilities", School("proposed-2-" + id, lon, lat), ifMatch: v1);
        var (_, list, _) = await server.GetAsync("api/scenarios");
        var (_, comparison, _) = await server.GetAsync($"api/scenarios/{id}/coverage?kind=primary-school&mode=walk&minutes=10");
        var (badKind, badKindBody, _) = await server.GetAsync($"api/scenarios/{id}/coverage?kind=school&minutes=10");
        var (deleted, _, _, _) = await SendAsync(HttpMethod.Delete, $"api/scenarios/{id}", null, ifMatch: v2);
        var (gone, _, _) = await server.GetAsync($"api/scenarios/{id}");

        Assert.Equal(HttpStatusCode.OK, added);
        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Contains(id, list, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(comparison);
        var change = json.RootElement.GetProperty("change");
        Assert.Contains(code, change.GetProperty("newly_covered_communities").EnumerateArray().Select(c => c.GetString()));
        Assert.True(change.GetProperty("covered_population").GetInt64() > 0);
        Assert.Equal(
            json.RootElement.GetProperty("plan").GetProperty("district").GetProperty("covered_population").GetInt64() + change.GetProperty("covered_population").GetInt64(),
            json.RootElement.GetProperty("with_scenario").GetProperty("district").GetProperty("covered_population").GetInt64());
        Assert.Equal(json.RootElement.GetProperty("plan").GetProperty("facilities").GetInt32() + 1, json.RootElement.GetProperty("with_scenario").GetProperty("facilities").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badKind);
        Assert.Contains("kind 'school' is not a facility kind", Detail(badKindBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    [Fact]
    public async Task Scenario_ClosingTheOnlyNearbySchool_LowersCoverage()
    {
        var id = "test-closing-" + Guid.NewGuid().ToString("N")[..8];
        var (_, _, _, v1) = await SendAsync(HttpMethod.Post, "api/scenarios", $$"""{"id":"{{id}}","name":"关闭全部小学"}""");
        var (_, facilities, _) = await server.GetAsync("ogc/collections/facilities/items?limit=10000");
        var version = v1;
        foreach (var school in JsonDocument.Parse(facilities).RootElement.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "primary-school"))
        {
            var (status, _, _, next) = await SendAsync(HttpMethod.Post, $"api/scenarios/{id}/removed-facilities/{school.GetProperty("properties").GetProperty("id").GetString()}", null, ifMatch: version);
            Assert.Equal(HttpStatusCode.OK, status);
            version = next;
        }

        var (_, comparison, _) = await server.GetAsync($"api/scenarios/{id}/coverage?kind=primary-school&minutes=10");

        var withScenario = JsonDocument.Parse(comparison).RootElement.GetProperty("with_scenario");
        Assert.Equal(0, withScenario.GetProperty("facilities").GetInt32());
        Assert.Equal(0, withScenario.GetProperty("district").GetProperty("covered_population").GetInt64());
    }

    [Fact]
    public async Task Scenario_SavedInOneStepFromASitingRun_ComparesCoverageCommunityByCommunity()
    {
        var id = "test-siting-" + Guid.NewGuid().ToString("N")[..8];
        var (_, siting, _) = await server.GetAsync("api/siting?kind=primary-school&count=3&minutes=10");
        var sites = JsonDocument.Parse(siting).RootElement.GetProperty("sites");
        var (_, facilities, _) = await server.GetAsync("ogc/collections/facilities/items?limit=10000");
        var closed = JsonDocument.Parse(facilities).RootElement.GetProperty("features").EnumerateArray()
            .First(f => f.GetProperty("properties").GetProperty("kind").GetString() == "primary-school").GetProperty("properties").GetProperty("id").GetString();
        var body = $$"""{"id":"{{id}}","name":"新建3所小学","description":"选址：最大覆盖","added_facilities":{{sites.GetRawText()}},"removed_facilities":["{{closed}}"]}""";

        var (created, createdBody, _, etag) = await SendAsync(HttpMethod.Post, "api/scenarios", body);
        var (_, comparison, _) = await server.GetAsync($"api/scenarios/{id}/coverage?kind=primary-school&mode=walk&minutes=10");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("\"1\"", etag);
        var scenario = JsonDocument.Parse(createdBody).RootElement;
        Assert.Equal(3, scenario.GetProperty("added_facilities").GetProperty("features").GetArrayLength());
        Assert.Equal(closed, scenario.GetProperty("removed_facilities")[0].GetString());
        using var json = JsonDocument.Parse(comparison);
        var withScenario = json.RootElement.GetProperty("with_scenario");
        Assert.Equal(json.RootElement.GetProperty("plan").GetProperty("facilities").GetInt32() + 3 - 1, withScenario.GetProperty("facilities").GetInt32());
        var communities = withScenario.GetProperty("communities").GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(118, communities.Count);
        var coveredPopulation = communities.Where(c => c.GetProperty("properties").GetProperty("covered").GetBoolean()).Sum(c => c.GetProperty("properties").GetProperty("population").GetInt64());
        Assert.Equal(withScenario.GetProperty("district").GetProperty("covered_population").GetInt64(), coveredPopulation);
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[114.21,30.53]},"properties":{"kind":"primary-school","name":"甲"}},{"type":"Feature","geometry":{"type":"Point","coordinates":[114.22,30.53]},"properties":{"kind":"school","name":"乙"}}]}""", null, 422, "added_facilities.features[1] ('乙'): properties.kind: 'school' is not known")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.23]},"properties":{"kind":"primary-school","name":"上海"}}]}""", null, 422, "added_facilities.features[0] ('上海'): geometry")]
    [InlineData("""{"type":"Feature"}""", null, 400, "added_facilities: expected a GeoJSON FeatureCollection")]
    [InlineData(null, """["no-such-school"]""", 422, "removed_facilities[0]: the plan has no facility 'no-such-school'")]
    public async Task Scenario_WithABadFacility_NamesItAndStoresNothing(string? added, string? removed, int expected, string detail)
    {
        var id = "test-bad-" + Guid.NewGuid().ToString("N")[..8];
        var body = $$"""{"id":"{{id}}","name":"坏方案","added_facilities":{{added ?? "null"}},"removed_facilities":{{removed ?? "null"}}}""";

        var (status, problem, _, _) = await SendAsync(HttpMethod.Post, "api/scenarios", body);
        var (read, _, _) = await server.GetAsync($"api/scenarios/{id}");

        Assert.Equal(expected, (int)status);
        Assert.Contains(detail, Detail(problem), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, read);
    }

    private static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;

    private Task<(HttpStatusCode Status, string Body, string? ContentType, string? ETag)> SendAsync(HttpMethod method, string path, string? body, string? ifMatch = null, string token = RunningServer.Token)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/geo+json");
        }

        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return server.SendAsync(request);
    }
}

public sealed class EmbeddedWriteApiTests(RunningServer server) : WriteApiTests(server), IClassFixture<RunningServer>;

public sealed class PostGisWriteApiTests(RunningPostGisServer server) : WriteApiTests(server), IClassFixture<RunningPostGisServer>;

/// <summary>A server whose operator configured no write token.</summary>
public sealed class RunningServerWithoutToken : RunningServer
{
    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var settings = await base.SettingsAsync();
        settings["Auth__Token"] = null;
        return settings;
    }
}

public sealed class WritesDisabledTests(RunningServerWithoutToken server) : IClassFixture<RunningServerWithoutToken>
{
    [Fact]
    public async Task Write_WithoutAConfiguredToken_Is403SayingHowToEnableWrites()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/scenarios") { Content = new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token);

        var (status, body, _, _) = await server.SendAsync(request);
        var (reads, _, _) = await server.GetAsync("api/scenarios");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("setting Auth:Token (environment variable Auth__Token)", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reads);
    }
}
