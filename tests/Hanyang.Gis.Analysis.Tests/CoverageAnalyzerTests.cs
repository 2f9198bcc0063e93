using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Analysis.Tests;

public class CoverageAnalyzerTests
{
    private static CoverageResult Coverage(Domain.Plan.PlanDataset plan, double minutes, Network.TravelProfile? profile = null) =>
        new CoverageAnalyzer(plan, PlanNetworkBuilder.Build(plan.Roads)).Compute(new CoverageRequest(FacilityKind.PrimarySchool, profile ?? TravelProfiles.Walking(), minutes));

    [Fact]
    public void Compute_StreetWorkedOutOnPaper_CountsTheAccessLegAndCutsAtTheBudget()
    {
        // One 1 km street; school at its west end; A at 500 m on the street, B at 800 m and 50 m off it.
        // At 1.25 m/s: A needs 400 s, B needs 850 m = 680 s — inside 15 minutes but not 10.
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).School("s", 0, 0).Community("420105001001", 500, 0, 1000).Community("420105001002", 800, 50, 3000).Build();

        var ten = Coverage(plan, 10);
        var fifteen = Coverage(plan, 15);

        Assert.Equal(400, ten.Communities[0].NearestSeconds, 1e-6);
        Assert.Equal(680, ten.Communities[1].NearestSeconds, 1e-6);
        Assert.Equal(850, ten.Communities[1].NearestNetworkMeters, 1e-6);
        Assert.Equal([true, false], ten.Communities.Select(c => c.Covered));
        Assert.Equal(0.25, ten.District.Rate, 1e-12);
        Assert.Equal(1.0, fifteen.District.Rate, 1e-12);
        Assert.Equal("s", ten.Communities[1].Nearest!.Id.Value);
        Assert.Equal([false], ten.Uncovered.Select(c => c.Covered).Distinct());
    }

    [Fact]
    public void Compute_RiverBetween_StraightLineSaysCoveredButTheNetworkGoesRoundByTheBridge()
    {
        // Two banks 300 m apart; the only crossing is a bridge 1 km east. Crow flies 300 m; walking is 2.3 km.
        var plan = new SyntheticPlan()
            .Street(0, 0, 1000, 0).Street(0, 300, 1000, 300)
            .Street(1000, 0, 1000, 300, step: 300, roadClass: RoadClass.Arterial, bridge: true, layer: 1, name: "桥")
            .School("s", 0, 0).Community("420105001001", 0, 300, 5000).Build();

        var result = Coverage(plan, 15);

        var row = Assert.Single(result.Communities);
        Assert.Equal(2300, row.NearestNetworkMeters, 1e-6);
        Assert.False(row.Covered);
        Assert.True(row.CoveredByStraightLine);
        Assert.Equal(300, row.StraightLineMeters, 1e-6);
        Assert.Equal(0, result.District.Rate);
        Assert.Equal(1, result.District.StraightLineRate);
        Assert.False(row.MeetsStandardDistance); // primary school: 500 m (GB 50180-2018)
    }

    [Fact]
    public void Compute_ExpresswayShortcut_IsUsedByCarsButNotByPedestrians()
    {
        // Direct 1 km expressway (not walkable) and a 3 km walkable detour between school and community.
        var plan = new SyntheticPlan()
            .Street(0, 0, 1000, 0, step: 1000, roadClass: RoadClass.Expressway, walkable: false, name: "快速路")
            .Street(0, 0, 0, 1000).Street(0, 1000, 1000, 1000).Street(1000, 1000, 1000, 0)
            .School("s", 0, 0).Community("420105001001", 1000, 0, 100).Build();

        var walk = Assert.Single(Coverage(plan, 60).Communities);
        var drive = Assert.Single(Coverage(plan, 60, TravelProfiles.Driving()).Communities);

        Assert.Equal(3000 / 1.25, walk.NearestSeconds, 1e-6);
        Assert.Equal(1000 / (80 / 3.6), drive.NearestSeconds, 1e-6);
    }

    [Fact]
    public void Compute_TwoSchoolsInReach_CountsBothAndPicksTheNearer()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).School("west", 0, 0).School("east", 1000, 0).Community("420105001001", 600, 0, 100).Build();

        var row = Assert.Single(Coverage(plan, 10).Communities);

        Assert.Equal(2, row.ReachableWithinBudget);
        Assert.Equal("east", row.Nearest!.Id.Value);
        Assert.Equal(400 / 1.25, row.NearestSeconds, 1e-6);
    }

    [Fact]
    public void Compute_SchoolAndCommunityOnTheSameEdge_UsesTheDirectWay()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0, step: 1000).School("s", 400, 0).Community("420105001001", 600, 20, 100).Build();

        var row = Assert.Single(Coverage(plan, 10).Communities);

        Assert.Equal((200 + 20) / 1.25, row.NearestSeconds, 1e-6);
    }

    [Fact]
    public void Compute_ByStreetAndZone_WeighsByPopulation()
    {
        var plan = new SyntheticPlan().Street(0, 0, 2000, 0)
            .School("s", 0, 0)
            .Community("420105001001", 100, 0, 1000)
            .Community("420105001002", 1900, 0, 3000)
            .Community("420105002001", 300, 0, 500, "420105002000")
            .Build();

        var result = Coverage(plan, 10);

        Assert.Equal(0.25, result.Streets[0].Rate, 1e-12); // 1000 of 4000
        Assert.Equal(1.0, result.Streets[1].Rate, 1e-12);
        Assert.Equal(1500.0 / 4500, result.District.Rate, 1e-12);
        var zone = Assert.Single(result.Zones); // west of x = 400: the communities at 100 m and 300 m
        Assert.Equal((2, 1500L, 1500L), (zone.Communities, zone.Population, zone.CoveredPopulation));
    }

    [Fact]
    public void Compute_NoFacilityOfTheKind_LeavesEveryoneUncovered()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).Community("420105001001", 100, 0, 100).Build();

        var result = Coverage(plan, 15);

        Assert.Equal(0, result.FacilityCount);
        Assert.Null(result.Communities[0].Nearest);
        Assert.Equal(double.PositiveInfinity, result.Communities[0].NearestSeconds);
    }

    [Fact]
    public void Compute_CommunityFarFromAnyRoad_IsReportedOffTheNetwork()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).School("s", 0, 0).Community("420105001001", 500, 3000, 100).Build();

        var row = Assert.Single(Coverage(plan, 15).Communities);

        Assert.False(row.OnNetwork);
        Assert.False(row.Covered);
    }
}
