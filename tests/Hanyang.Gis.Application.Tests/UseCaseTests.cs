using Hanyang.Gis.Analysis.Tests;
using Hanyang.Gis.Application.Coverage;
using Hanyang.Gis.Application.Reach;
using Hanyang.Gis.Application.Reports;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Scenarios;
using Hanyang.Gis.Application.Siting;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Application.Tests;

/// <summary>
/// Use cases against the embedded store over a plan worked out on paper: one 2 km street along x, a primary
/// school at 0, communities at 100 m and 1,900 m. Walking at 4.5 km/h, 5 minutes reach 375 m.
/// </summary>
public sealed class UseCaseTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-app-" + Guid.NewGuid().ToString("N"));
    private readonly PlanDataset plan = new SyntheticPlan().Street(0, 0, 2000, 0).School("school-a", 0, 0)
        .Community("420105001001", 100, 0, 3000).Community("420105001002", 1900, 0, 5000).Build();

    private readonly PlanWorkspace workspace;

    public UseCaseTests() => workspace = new PlanWorkspace(new EmbeddedPlanStore(plan, directory));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static BudgetRequest Walk(double minutes) =>
        BudgetRequest.Parse(RequestValues.Of(new Dictionary<string, string?> { ["kind"] = "primary-school", ["minutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) }), UseCaseLimits.ServerDefaults).Value!;

    [Fact]
    public async Task Coverage_FiveMinutesWalk_CoversTheNearCommunityOnly()
    {
        var result = await CoverageUseCase.RunAsync(workspace, Walk(5), None);

        Assert.Equal(["420105001001"], result.Communities.Where(c => c.Covered).Select(c => c.Community.Code.Value));
        Assert.Equal(3000, result.District.CoveredPopulation);
        var far = CommunityFeatures.Properties(result.Communities.Single(c => !c.Covered));
        Assert.Equal(false, far["covered"]);
        Assert.Equal(0, far["count_within_budget"]);
    }

    [Fact]
    public async Task ScenarioCoverage_ASchoolBuiltNearTheFarCommunity_CoversIt()
    {
        var proposed = new Facility(new FacilityId("proposed-b"), FacilityKind.PrimarySchool, "拟建小学", 1000, CapacityUnit.Seats, BuildStatus.Planned, false, null, null, SyntheticPlan.At(1900, 0), new Provenance(Accuracy.Synthetic, "test"));
        await workspace.Store.AddScenarioAsync(new Scenario(new ScenarioId("s1"), "新建1所小学", string.Empty, [proposed], [new FacilityId("school-a")]), None);

        var comparison = (await ScenarioCoverageUseCase.RunAsync(workspace, "s1", Walk(5), None)).Value!;

        Assert.Equal(["420105001002"], comparison.NewlyCovered);
        Assert.Equal(["420105001001"], comparison.NoLongerCovered);
        Assert.Equal(2000, comparison.CoveredPopulationChange);
    }

    [Fact]
    public void ScenarioPlan_Apply_ClosesRemovedAndBuildsAddedOrderedById()
    {
        var added = plan.Facilities[0] with { Id = new FacilityId("a-new"), Status = BuildStatus.Planned };

        var applied = ScenarioPlan.Apply(plan, new Scenario(new ScenarioId("s"), "n", string.Empty, [added], [new FacilityId("school-a")]));

        Assert.Equal([("a-new", BuildStatus.Existing)], applied.Facilities.Select(f => (f.Id.Value, f.Status)));
    }

    [Fact]
    public async Task ScenarioCoverage_NoSuchScenario_IsNotFound()
    {
        var failure = (await ScenarioCoverageUseCase.RunAsync(workspace, "nope", Walk(5), None)).Failure!;

        Assert.Equal((FailureKind.NotFound, "there is no scenario 'nope'"), (failure.Kind, failure.Detail));
    }

    [Fact]
    public async Task Reach_UnknownCommunity_NotFoundNamingTheField()
    {
        var request = ReachUseCase.Parse(RequestValues.Of(new Dictionary<string, string?> { ["community"] = "不存在", ["minutes"] = "10" }), UseCaseLimits.ServerDefaults).Value!;

        var failure = (await ReachUseCase.RunAsync(workspace, request, withRoutes: false, None)).Failure!;

        Assert.Equal((FailureKind.NotFound, "community", "不存在", "community '不存在': no community has that code or name"), (failure.Kind, failure.Field, failure.Value, failure.Detail));
    }

    [Fact]
    public async Task Reach_TheNearCommunity_ReachesTheSchoolInAboutNinetySeconds()
    {
        var request = ReachUseCase.Parse(RequestValues.Of(new Dictionary<string, string?> { ["community"] = "420105001001", ["minutes"] = "5" }), UseCaseLimits.ServerDefaults).Value!;

        var result = (await ReachUseCase.RunAsync(workspace, request, withRoutes: true, None)).Value!;

        var school = Assert.Single(result.Reached);
        Assert.Equal("school-a", school.Facility.Id.Value);
        Assert.InRange(school.Minutes, 100 / (4.5 / 3.6) / 60 * 0.9, 100 / (4.5 / 3.6) / 60 * 1.1);
        Assert.Single(result.Routes);
    }

    [Fact]
    public async Task Siting_APointOutsideTheDistrict_IsNamed()
    {
        var query = SitingQuery.Parse(RequestValues.Of(new Dictionary<string, string?> { ["kind"] = "primary-school", ["points"] = "113.0,30.5" }), UseCaseLimits.ServerDefaults).Value!;

        var failure = (await SitingUseCase.RunAsync(workspace, query, UseCaseLimits.ServerDefaults, null, None)).Failure!;

        Assert.Equal(FailureKind.Invalid, failure.Kind);
        Assert.StartsWith("points[1] '113.0,30.5': outside 汉阳区; give lon,lat within lon ", Assert.Single(failure.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Siting_APlannersPointBesideTheFarCommunity_CoversItAndWritesItsFeature()
    {
        var (lon, lat) = Spatial.Crs.Reprojector.Transform(SyntheticPlan.X0 + 1850, SyntheticPlan.Y0 + 10, Spatial.Srid.Internal, Spatial.Srid.Wgs84);
        var point = FormattableString.Invariant($"{lon:R},{lat:R}");
        var query = SitingQuery.Parse(RequestValues.Of(new Dictionary<string, string?> { ["kind"] = "primary-school", ["minutes"] = "5", ["points"] = point, ["solver"] = "heuristic" }), UseCaseLimits.ServerDefaults).Value!;

        var result = (await SitingUseCase.RunAsync(workspace, query, UseCaseLimits.ServerDefaults, null, None)).Value!;

        var site = Assert.Single(result.Sites);
        Assert.Equal(5000, result.GainPopulation);
        var properties = SiteFeatures.Properties(result, site);
        Assert.Equal(("planned", "primary-school", "max-coverage", 5.0, "heuristic"), ((string)properties["status"]!, (string)properties["kind"]!, (string)properties["objective"]!, (double)properties["minutes"]!, (string)properties["solver"]!));
        Assert.Equal(5000L, properties["gain_population"]);
    }

    [Fact]
    public async Task ReportData_NoSuchScenario_NotFoundNamingTheField()
    {
        var failure = (await ReportDataUseCase.LoadAsync(workspace.Store, "nope", None)).Failure!;

        Assert.Equal(("scenario", "no such scenario in the store (see the web map's scenarios or the API)"), (failure.Field, failure.Reason));
    }
}
