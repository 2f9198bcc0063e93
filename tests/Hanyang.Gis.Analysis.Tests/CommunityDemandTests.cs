using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Analysis.Tests;

public class CommunityDemandTests
{
    private static CoverageResult Coverage(Domain.Plan.PlanDataset plan, double minutes) =>
        new CoverageAnalyzer(plan, PlanNetworkBuilder.Build(plan.Roads)).Compute(new CoverageRequest(FacilityKind.PrimarySchool, TravelProfiles.Walking(), minutes));

    [Fact]
    public void Compute_AreaCommunityHalfInsideTheServiceCircle_CountsHalfItsResidents()
    {
        // A 2 km street with the school at its west end; 10 minutes at 1.25 m/s reach 750 m. The community is the
        // strip 250–1250 m along the street, 100 m wide: its grid centres are at 300, 400, …, 1200 m on the street,
        // five of ten within 750 m. Its centre (750 m) alone would say all of it is covered.
        var plan = new SyntheticPlan().Street(0, 0, 2000, 0).School("s", 0, 0).AreaCommunity("420105001001", 250, -50, 1250, 50, 4000).Build();

        var result = Coverage(plan, 10);

        var row = Assert.Single(result.Communities);
        Assert.Equal(0.5, row.CoveredShare, 1e-9);
        Assert.Equal(0.5, row.StraightLineCoveredShare, 1e-9);
        Assert.True(row.Covered);
        Assert.Equal(2000, result.District.CoveredPopulation);
        Assert.Equal(0.5, result.District.Rate, 1e-9);
        Assert.Equal(0.5, result.District.StraightLineRate, 1e-9);
    }

    [Fact]
    public void Compute_AreaCommunityWhollyOutOfReach_IsUncoveredAndCountsNobody()
    {
        var plan = new SyntheticPlan().Street(0, 0, 3000, 0).School("s", 0, 0).AreaCommunity("420105001001", 1500, -50, 2500, 50, 4000).Build();

        var row = Assert.Single(Coverage(plan, 10).Communities);

        Assert.Equal(0, row.CoveredShare);
        Assert.False(row.Covered);
        Assert.Equal(0, row.CoveredPopulation);
    }

    [Fact]
    public void Compute_PointCommunities_AreCountedWhole()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).School("s", 0, 0).Community("420105001001", 500, 0, 1000).Community("420105001002", 900, 0, 3000).Build();

        var result = Coverage(plan, 10);

        Assert.Equal([1.0, 0.0], result.Communities.Select(c => c.CoveredShare));
        Assert.Equal(1000, result.District.CoveredPopulation);
    }

    [Fact]
    public void Of_PointCommunity_IsOnePointWithAllItsResidents()
    {
        var plan = new SyntheticPlan().Community("420105001001", 500, 0, 1000).Build();

        var point = Assert.Single(CommunityDemand.Of(plan.Communities[0]));

        Assert.Equal(1, point.Share);
        Assert.Same(plan.Communities[0].Location, point.Location);
    }

    [Fact]
    public void Of_AreaCommunity_SpreadsEqualSharesOverGridCentresInsideIt()
    {
        var plan = new SyntheticPlan().AreaCommunity("420105001001", 0, 0, 300, 200, 1000).Build();

        var points = CommunityDemand.Of(plan.Communities[0]);

        Assert.Equal(6, points.Count);
        Assert.Equal(1, points.Sum(p => p.Share), 1e-12);
        Assert.All(points, p => Assert.True(plan.Communities[0].Area!.Contains(p.Location)));
    }

    [Fact]
    public void Of_LargeArea_IsCappedNearMaxPoints()
    {
        var plan = new SyntheticPlan().AreaCommunity("420105001001", 0, 0, 10_000, 10_000, 1000).Build();

        var points = CommunityDemand.Of(plan.Communities[0]);

        Assert.InRange(points.Count, CommunityDemand.MaxPoints / 2, CommunityDemand.MaxPoints);
        Assert.Equal(1, points.Sum(p => p.Share), 1e-9);
    }

    [Fact]
    public void Of_AreaTooThinForAGridCentre_IsOnePointInsideIt()
    {
        var plan = new SyntheticPlan().AreaCommunity("420105001001", 0, 0, 1000, 20, 1000).Build();

        var point = Assert.Single(CommunityDemand.Of(plan.Communities[0]));

        Assert.True(plan.Communities[0].Area!.Contains(point.Location));
    }
}
