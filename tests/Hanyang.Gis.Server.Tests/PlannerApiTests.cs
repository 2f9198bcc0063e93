using System.Net;
using System.Text.Json;
using Hanyang.Gis.Analysis.Medical;
using Hanyang.Gis.Analysis.Reach;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Server.Tests;

/// <summary>The analyses the map asks for besides coverage, through the real server, checked against the library.</summary>
public abstract class PlannerApiTests(RunningServer server)
{
    private static readonly Lazy<PlanDataset> Plan = new(() => GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!));

    [Fact]
    public async Task Reach_ZhongjiacunFifteenMinutesWalk_ListsWhatTheLibraryFindsWithARoutePerFacility()
    {
        var community = Plan.Value.Communities.Single(c => c.Name == "钟家村社区");
        var expected = CommunityReach.From(Plan.Value, new ProfiledNetwork(PlanNetworkBuilder.Build(Plan.Value.Roads), TravelProfiles.Walking()), community, 15);

        var (status, body, _) = await server.GetAsync("api/reach?community=%E9%92%9F%E5%AE%B6%E6%9D%91%E7%A4%BE%E5%8C%BA&mode=walk&minutes=15");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var facilities = json.RootElement.GetProperty("facilities").EnumerateArray().ToList();
        Assert.NotEmpty(facilities);
        Assert.Equal(expected.Select(e => e.Facility.Id.Value), facilities.Select(f => f.GetProperty("id").GetString()));
        var routes = json.RootElement.GetProperty("routes").GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(facilities.Count, routes.Count);
        Assert.All(routes, r => Assert.Equal("MultiLineString", r.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.All(facilities, f =>
        {
            // Walking is 75 m a minute on every road: the route along the roads cannot take longer than the time
            // reported, and the rest of the time is the access legs (each under 1 km off the road).
            var minutes = f.GetProperty("minutes").GetDouble();
            var metres = f.GetProperty("metres").GetDouble();
            Assert.InRange(metres / 75, 0, minutes + 0.02);
            Assert.InRange(minutes - (metres / 75), 0, 2000 / 75.0);
            Assert.InRange(f.GetProperty("minutes").GetDouble(), 0, 15);
        });
        Assert.Equal(facilities.Count, json.RootElement.GetProperty("by_kind").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public async Task FacilityCircle_FifthHospitalTenMinutesDrive_DrawsTheCircleAndTheCommunitiesInside()
    {
        var facility = Plan.Value.Facilities.Single(f => f.Id.Value == "fac-hosp-wuyi");
        var expected = FacilityCatchment.Of(Plan.Value, new ProfiledNetwork(PlanNetworkBuilder.Build(Plan.Value.Roads), TravelProfiles.Driving()), facility, 10);

        var (status, body, _) = await server.GetAsync("api/facility-circle?facility=fac-hosp-wuyi&mode=drive&minutes=10");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var parts = json.RootElement.GetProperty("circle").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("geometry").GetProperty("type").GetString()).ToList();
        Assert.Equal(["Polygon", "MultiLineString"], parts.Select(p => p == "MultiPolygon" ? "Polygon" : p));
        var inside = json.RootElement.GetProperty("communities").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToList();
        Assert.InRange(inside.Count, 1, 117);
        Assert.Equal(expected.Select(c => c.Community.Code.Value), inside);
        Assert.Equal(expected.Sum(c => (long)c.Community.Population), json.RootElement.GetProperty("population_inside").GetInt64());
    }

    [Fact]
    public async Task MedicalCircles_OffPeakAndPeak_FourCirclesAndPeakLeavesMoreOutside()
    {
        var offpeak = await Body("api/medical-circles?profile=offpeak");
        var peak = await Body("api/medical-circles?profile=peak");
        var expected = MedicalCircles.Compute(Plan.Value, PlanNetworkBuilder.Build(Plan.Value.Roads), TravelProfiles.DrivingPeak(), 10);

        Assert.Equal(4, offpeak.GetProperty("circles").GetProperty("features").GetArrayLength());
        Assert.Equal(["东部", "中部", "南部", "西部"], peak.GetProperty("circles").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()));
        Assert.Equal(expected.OutsidePopulation, peak.GetProperty("outside").GetProperty("population").GetInt64());
        Assert.True(
            peak.GetProperty("outside").GetProperty("population").GetInt64() > offpeak.GetProperty("outside").GetProperty("population").GetInt64(),
            "the peak hour should leave more residents outside the circles than off-peak");
    }

    [Fact]
    public async Task PlanTargets_CountFacilitiesByThePlansWording()
    {
        var targets = (await Body("api/plan-targets")).EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);

        Assert.Equal(Plan.Value.Targets.Count, targets.Count);
        var health = targets["street-health-centers"];
        Assert.Equal("existing", health.GetProperty("basis").GetString());
        Assert.Equal(Plan.Value.Facilities.Count(f => f.Kind == Domain.Facilities.FacilityKind.CommunityHealthCenter && f.Status == Domain.BuildStatus.Existing), health.GetProperty("counted").GetInt32());
        Assert.Equal("new-facilities", targets["new-primary-schools"].GetProperty("basis").GetString());
        Assert.Equal("under-construction", targets["finish-primary-under-construction"].GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, targets["physicians-per-1000"].GetProperty("progress").ValueKind);
        Assert.Equal(0.3, targets["internet-home-care-points"].GetProperty("progress").GetDouble(), 3);
    }

    [Theory]
    [InlineData("api/reach?minutes=10", 400, "community: give a community code")]
    [InlineData("api/reach?community=nowhere&minutes=10", 404, "community 'nowhere': no community has that code or name")]
    [InlineData("api/reach?community=420105002001&minutes=500", 400, "minutes '500'")]
    [InlineData("api/reach?community=420105002001&mode=fly&minutes=10", 400, "mode 'fly'")]
    [InlineData("api/facility-circle?facility=nothing&minutes=10", 404, "facility 'nothing': no facility has that id")]
    [InlineData("api/facility-circle?minutes=10", 400, "facility: give a facility id")]
    [InlineData("api/medical-circles?profile=rush", 400, "profile 'rush': use offpeak or peak")]
    [InlineData("api/medical-circles?minutes=-3", 400, "minutes '-3'")]
    public async Task BadRequests_GetProblemDetailsNamingTheParameter(string path, int expectedStatus, string detail)
    {
        var (status, body, type) = await server.GetAsync(path);

        Assert.Equal(expectedStatus, (int)status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> Body(string path)
    {
        var (status, body, _) = await server.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>PlannerApiTests on the embedded store.</summary>
public sealed class EmbeddedPlannerApiTests(RunningServer server) : PlannerApiTests(server), IClassFixture<RunningServer>;

/// <summary>PlannerApiTests on the real PostGIS store.</summary>
public sealed class PostGisPlannerApiTests(RunningPostGisServer server) : PlannerApiTests(server), IClassFixture<RunningPostGisServer>;
