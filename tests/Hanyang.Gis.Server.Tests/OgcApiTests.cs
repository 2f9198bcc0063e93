using System.Net;
using System.Text.Json;

namespace Hanyang.Gis.Server.Tests;

public abstract class OgcApiTests(RunningServer server)
{
    [Fact]
    public async Task Landing_LinksTheOpenApiDefinitionConformanceAndData()
    {
        var (status, body, _) = await server.GetAsync("ogc");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var rels = json.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()).ToList();
        Assert.Equal(["self", "service-desc", "conformance", "data"], rels);
        var (apiStatus, api, apiType) = await server.GetAsync("ogc/api");
        Assert.Equal(HttpStatusCode.OK, apiStatus);
        Assert.Equal("application/vnd.oai.openapi+json", apiType);
        Assert.Equal("3.0.3", JsonDocument.Parse(api).RootElement.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Collections_ListEveryLayerWithChineseTitles()
    {
        var (_, body, _) = await server.GetAsync("ogc/collections");

        using var json = JsonDocument.Parse(body);
        var collections = json.RootElement.GetProperty("collections").EnumerateArray().ToList();
        Assert.Equal(["district", "streets", "communities", "water", "zones", "belts", "roads", "facilities", "candidate-sites", "service-circles"], collections.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("功能分区（四区）", collections[4].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Items_PagedAndFilteredByBbox_ReturnGeoJsonWithCountsAndNextLink()
    {
        var (status, body, type) = await server.GetAsync("ogc/collections/communities/items?limit=50&offset=100");
        var (_, boxed, _) = await server.GetAsync("ogc/collections/communities/items?bbox=114.25,30.54,114.29,30.57&limit=1000");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/geo+json", type);
        using var page = JsonDocument.Parse(body);
        Assert.Equal(118, page.RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal(18, page.RootElement.GetProperty("numberReturned").GetInt32());
        Assert.DoesNotContain(page.RootElement.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "next");
        using var box = JsonDocument.Parse(boxed);
        var inBox = box.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.InRange(inBox.Count, 1, 117);
        Assert.All(inBox, f =>
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), 114.25 - 0.01, 114.29 + 0.01);
            Assert.InRange(c[1].GetDouble(), 30.54 - 0.01, 30.57 + 0.01);
        });
    }

    [Fact]
    public async Task Items_FilteredByAQueryableProperty_KeepOnlyMatchingFeatures_AndPageWithTheFilter()
    {
        var (_, all, _) = await server.GetAsync("ogc/collections/roads/items?limit=10000");
        var (status, arterial, _) = await server.GetAsync("ogc/collections/roads/items?class=arterial&limit=100");
        var (_, boxedSchools, _) = await server.GetAsync("ogc/collections/facilities/items?kind=primary-school&status=existing&bbox=114.15,30.45,114.30,30.60");
        var (_, none, _) = await server.GetAsync("ogc/collections/facilities/items?kind=spaceport");

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = JsonDocument.Parse(all).RootElement.GetProperty("features").EnumerateArray().Count(f => f.GetProperty("properties").GetProperty("class").GetString() == "arterial");
        using var page = JsonDocument.Parse(arterial);
        Assert.Equal(expected, page.RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal(100, page.RootElement.GetProperty("numberReturned").GetInt32());
        Assert.All(page.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal("arterial", f.GetProperty("properties").GetProperty("class").GetString()));
        var next = page.RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        Assert.Contains("class=arterial", next, StringComparison.Ordinal);
        var schools = JsonDocument.Parse(boxedSchools).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(schools);
        Assert.All(schools, f =>
        {
            Assert.Equal("primary-school", f.GetProperty("properties").GetProperty("kind").GetString());
            Assert.Equal("existing", f.GetProperty("properties").GetProperty("status").GetString());
        });
        Assert.Equal(0, JsonDocument.Parse(none).RootElement.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Items_CarryAnETag_AndAnswer304ToIfNoneMatch()
    {
        var (status, body, _, etag) = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "ogc/collections/roads/items?class=arterial&limit=10000"));
        await Task.Delay(1100); // a later timeStamp: the ETag follows the content, not the clock
        var (_, _, _, again) = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "ogc/collections/roads/items?class=arterial&limit=10000"));
        var conditional = new HttpRequestMessage(HttpMethod.Get, "ogc/collections/roads/items?class=arterial&limit=10000");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var (notModified, emptyBody, _, _) = await server.SendAsync(conditional);
        var (_, _, _, otherClass) = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "ogc/collections/roads/items?class=secondary&limit=10000"));
        var stale = new HttpRequestMessage(HttpMethod.Get, "ogc/collections/roads/items?class=secondary&limit=10000");
        stale.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var (changed, changedBody, _, _) = await server.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(body);
        Assert.NotNull(etag);
        Assert.Equal(etag, again);
        Assert.Equal(HttpStatusCode.NotModified, notModified);
        Assert.Empty(emptyBody);
        Assert.NotEqual(etag, otherClass);
        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Contains("\"secondary\"", changedBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceCircles_AreACollection_OnePolygonPerExistingFacilityAndTheirUnion()
    {
        var (_, facilities, _) = await server.GetAsync("ogc/collections/facilities/items?kind=kindergarten&status=existing");
        var (status, body, type) = await server.GetAsync("ogc/collections/service-circles/items?kind=kindergarten&mode=walk&minutes=5");
        var (_, hospitals, _) = await server.GetAsync("ogc/collections/service-circles/items?kind=hospital");
        var (_, collection, _) = await server.GetAsync("ogc/collections/service-circles");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/geo+json", type);
        var existing = JsonDocument.Parse(facilities).RootElement.GetProperty("numberMatched").GetInt32();
        var circles = JsonDocument.Parse(body).RootElement;
        Assert.Equal(existing + 1, circles.GetProperty("numberMatched").GetInt32());
        var features = circles.GetProperty("features").EnumerateArray().ToList();
        Assert.Single(features, f => f.GetProperty("properties").GetProperty("dissolved").GetBoolean());
        Assert.All(features, f =>
        {
            Assert.Equal("kindergarten", f.GetProperty("properties").GetProperty("kind").GetString());
            Assert.Equal("walk", f.GetProperty("properties").GetProperty("mode").GetString());
            Assert.Equal(5, f.GetProperty("properties").GetProperty("minutes").GetDouble());
            Assert.Equal("approximate", f.GetProperty("properties").GetProperty("accuracy").GetString());
            Assert.Matches("^(Multi)?Polygon$", f.GetProperty("geometry").GetProperty("type").GetString());
        });
        // Without mode and minutes: the kind's primary standard (医院: 10 minutes by car, the plan's emergency circles).
        Assert.All(JsonDocument.Parse(hospitals).RootElement.GetProperty("features").EnumerateArray(), f =>
        {
            Assert.Equal("drive", f.GetProperty("properties").GetProperty("mode").GetString());
            Assert.Equal(10, f.GetProperty("properties").GetProperty("minutes").GetDouble());
        });
        Assert.Equal("服务圈（沿路网）", JsonDocument.Parse(collection).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Queryables_ListTheFilterablePropertiesAsJsonSchema()
    {
        var (status, body, type) = await server.GetAsync("ogc/collections/roads/queryables");
        var (_, conformance, _) = await server.GetAsync("ogc/conformance");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/schema+json", type);
        var properties = JsonDocument.Parse(body).RootElement.GetProperty("properties");
        Assert.Equal(["class", "status", "skeleton", "accuracy"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Contains("ogcapi-features-3/1.0/conf/queryables-query-parameters", conformance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_ById_ReturnsTheFeatureWithItsAccuracy()
    {
        var (status, body, _) = await server.GetAsync("ogc/collections/zones/items/sixin");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("四新新城总部区", json.RootElement.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("approximate", json.RootElement.GetProperty("properties").GetProperty("accuracy").GetString());
    }

    [Theory]
    [InlineData("ogc/collections/schools/items", 404, "there is no collection 'schools'")]
    [InlineData("ogc/collections/zones/items/nowhere", 404, "collection 'zones' has no feature 'nowhere'")]
    [InlineData("ogc/collections/zones/items?bbox=114,30,abc,31", 400, "must be four numbers")]
    [InlineData("ogc/collections/zones/items?bbox=115,30,114,31", 400, "inverted")]
    [InlineData("ogc/collections/zones/items?limit=100000", 400, "limit '100000': out of range; give the number of items per page, 1 to 10,000")]
    [InlineData("ogc/collections/roads/items?class=", 400, "class: give exactly one value, e.g. class=arterial")]
    [InlineData("ogc/collections/roads/items?class=arterial&class=local", 400, "class: give exactly one value")]
    [InlineData("ogc/collections/unknown/queryables", 404, "there is no collection 'unknown'")]
    [InlineData("ogc/collections/service-circles/items?kind=school", 400, "kind 'school' is not a facility kind")]
    [InlineData("ogc/collections/service-circles/items?kind=park&minutes=90", 400, "minutes '90': give a budget between 0 and 60")]
    [InlineData("ogc/collections/service-circles/items?kind=park&mode=fly", 400, "mode 'fly'")]
    [InlineData("api/coverage?kind=school&minutes=10", 400, "kind 'school' is not a facility kind")]
    [InlineData("api/coverage?kind=primary-school&minutes=0", 400, "minutes '0': out of range; give a travel-time budget in minutes, more than 0 and at most 60")]
    [InlineData("api/coverage?kind=primary-school&mode=fly&minutes=10", 400, "mode 'fly'")]
    public async Task BadRequests_GetProblemDetailsThatSayWhatIsWrong(string path, int expectedStatus, string detail)
    {
        var (status, body, type) = await server.GetAsync(path);

        Assert.Equal(expectedStatus, (int)status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>OgcApiTests on the embedded store.</summary>
public sealed class EmbeddedOgcApiTests(RunningServer server) : OgcApiTests(server), IClassFixture<RunningServer>;

/// <summary>OgcApiTests on the real PostGIS store.</summary>
public sealed class PostGisOgcApiTests(RunningPostGisServer server) : OgcApiTests(server), IClassFixture<RunningPostGisServer>;
