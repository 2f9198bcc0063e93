using System.Net;
using System.Text.Json;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Server.Tests;

public abstract class AnalysisApiTests(RunningServer server)
{
    [Fact]
    public async Task ServiceStandards_OnePrimaryPerKind_WithItsSource()
    {
        var (status, body, _) = await server.GetAsync("api/service-standards");

        Assert.Equal(HttpStatusCode.OK, status);
        var standards = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        var primaries = standards.Where(s => s.GetProperty("primary").GetBoolean()).ToList();
        Assert.Equal(11, primaries.Count);
        Assert.Equal(11, primaries.Select(s => s.GetProperty("kind").GetString()).Distinct().Count());
        var primary = primaries.Single(s => s.GetProperty("kind").GetString() == "primary-school");
        Assert.Equal("walk", primary.GetProperty("mode").GetString());
        Assert.Equal(10, primary.GetProperty("minutes").GetDouble());
        Assert.Contains("GB 50180-2018", primary.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("drive", primaries.Single(s => s.GetProperty("kind").GetString() == "hospital").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task FacilityKinds_EveryKindWithItsNameUnitAndStandards()
    {
        var (status, body, type) = await server.GetAsync("api/facility-kinds");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        var kinds = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(Identifiers.All<FacilityKind>(), kinds.Select(k => k.GetProperty("id").GetString()));
        Assert.All(kinds, k =>
        {
            var term = FacilityKinds.Get(Identifiers.Parse<FacilityKind>(k.GetProperty("id").GetString()));
            Assert.Equal(term.NameZh, k.GetProperty("name_zh").GetString());
            Assert.Equal(Identifiers.Of(term.CapacityUnit), k.GetProperty("capacity_unit").GetString());
            var standards = k.GetProperty("standards").EnumerateArray().ToList();
            Assert.Equal(term.Standards.Count, standards.Count);
            Assert.True(standards[0].GetProperty("primary").GetBoolean());
            Assert.All(standards, s => Assert.Contains(s.GetProperty("mode").GetString(), TravelModes.Ids));
        });
        var parking = kinds.Single(k => k.GetProperty("id").GetString() == "parking");
        Assert.Equal("公共停车场", parking.GetProperty("name_zh").GetString());
        Assert.Equal("spaces", parking.GetProperty("capacity_unit").GetString());
    }

    [Fact]
    public async Task TravelModes_EveryModeWithItsLabelAndSpeed()
    {
        var (status, body, type) = await server.GetAsync("api/travel-modes");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        var modes = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(["walk", "walk-slow", "drive", "drive-peak"], modes.Select(m => m.GetProperty("id").GetString()));
        Assert.All(modes, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("label_zh").GetString())));
        Assert.All(modes, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("speed_zh").GetString())));
        var slow = modes.Single(m => m.GetProperty("id").GetString() == "walk-slow");
        Assert.Equal("慢行", slow.GetProperty("label_zh").GetString());
        Assert.Equal("老人/儿童", slow.GetProperty("for_whom_zh").GetString());
        Assert.Equal("walking", slow.GetProperty("access").GetString());
        Assert.Equal("3 km/h", slow.GetProperty("speed_zh").GetString());
        Assert.Equal("driving", modes.Single(m => m.GetProperty("id").GetString() == "drive-peak").GetProperty("access").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheVocabularyResponses()
    {
        var (_, body, _) = await server.GetAsync("openapi/v1.json");

        using var json = JsonDocument.Parse(body);
        foreach (var (path, field) in new[] { ("/api/facility-kinds", "name_zh"), ("/api/travel-modes", "label_zh") })
        {
            var schema = json.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200")
                .GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Equal("array", schema.GetProperty("type").GetString());
            var reference = schema.GetProperty("items").GetProperty("$ref").GetString()!;
            var component = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
            Assert.True(component.GetProperty("properties").TryGetProperty(field, out _), $"{path}: the OpenAPI schema lacks {field}");
        }
    }

    [Theory]
    [InlineData("/api/coverage", "communities")]
    [InlineData("/api/reach", "by_kind")]
    [InlineData("/api/facility-circle", "population_inside")]
    [InlineData("/api/medical-circles", "without_anchor")]
    [InlineData("/api/siting", "gain_population")]
    [InlineData("/api/scenarios/{id}/coverage", "with_scenario")]
    public async Task OpenApiDocument_DescribesTheAnalysisResponsesAndTheirProblems(string path, string field)
    {
        var (_, body, _) = await server.GetAsync("openapi/v1.json");

        using var json = JsonDocument.Parse(body);
        var responses = json.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");
        var reference = responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var component = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        Assert.True(component.GetProperty("properties").TryGetProperty(field, out _), $"{path}: the OpenAPI schema lacks {field}");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesPlanTargetsAsAnArrayOfRecords()
    {
        var (_, body, _) = await server.GetAsync("openapi/v1.json");

        using var json = JsonDocument.Parse(body);
        var schema = json.RootElement.GetProperty("paths").GetProperty("/api/plan-targets").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal("array", schema.GetProperty("type").GetString());
        var component = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema.GetProperty("items").GetProperty("$ref").GetString()!.Split('/')[^1]);
        Assert.True(component.GetProperty("properties").TryGetProperty("under_construction", out _));
    }

    [Fact]
    public async Task Coverage_PrimarySchoolsTenMinutesWalk_MatchesTheAnalysisLibraryAndListsEveryCommunity()
    {
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!);
        var expected = new CoverageAnalyzer(plan, PlanNetworkBuilder.Build(plan.Roads)).Compute(new CoverageRequest(FacilityKind.PrimarySchool, TravelProfiles.Walking(), 10));

        var (_, body, _) = await server.GetAsync("api/coverage?kind=primary-school&mode=walk&minutes=10");

        using var json = JsonDocument.Parse(body);
        var district = json.RootElement.GetProperty("district");
        Assert.Equal(expected.District.CoveredPopulation, district.GetProperty("covered_population").GetInt64());
        Assert.Equal(837_263, district.GetProperty("population").GetInt64());
        Assert.Equal(11, json.RootElement.GetProperty("streets").GetArrayLength());
        var communities = json.RootElement.GetProperty("communities").GetProperty("features");
        Assert.Equal(118, communities.GetArrayLength());
        Assert.Equal(expected.Communities.Count(c => c.Covered), communities.EnumerateArray().Count(f => f.GetProperty("properties").GetProperty("covered").GetBoolean()));
    }

    [Fact]
    public async Task Isochrones_CommunityHealthCenters_OnePolygonPerCentreAndTheirUnion()
    {
        var (_, body, type) = await server.GetAsync("api/isochrones?kind=community-health-center&mode=walk&minutes=15");

        Assert.Equal("application/geo+json", type);
        using var json = JsonDocument.Parse(body);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(12, features.Count); // 11 centres + the dissolved union
        Assert.Single(features, f => f.GetProperty("properties").GetProperty("dissolved").GetBoolean());
        Assert.All(features, f => Assert.Matches("^(Multi)?Polygon$", f.GetProperty("geometry").GetProperty("type").GetString()));
    }
}

/// <summary>AnalysisApiTests on the embedded store.</summary>
public sealed class EmbeddedAnalysisApiTests(RunningServer server) : AnalysisApiTests(server), IClassFixture<RunningServer>;

/// <summary>AnalysisApiTests on the real PostGIS store.</summary>
public sealed class PostGisAnalysisApiTests(RunningPostGisServer server) : AnalysisApiTests(server), IClassFixture<RunningPostGisServer>;
