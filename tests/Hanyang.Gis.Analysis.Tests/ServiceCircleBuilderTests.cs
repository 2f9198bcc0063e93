using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Analysis.Tests;

public class ServiceCircleBuilderTests
{
    private static ServiceCircleBuilder Builder(Domain.Plan.PlanDataset plan) =>
        new(new ProfiledNetwork(PlanNetworkBuilder.Build(plan.Roads), TravelProfiles.Walking()));

    [Fact]
    public void For_SchoolMidEdge_ReachesExactlyTheBudgetEachWay()
    {
        // 4 minutes at 1.25 m/s = 300 m each way from x = 450: the reached network is 150..750, 600 m.
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).School("s", 450, 0).Build();

        var circle = Builder(plan).For(plan.Facilities[0], 4)!;

        Assert.Equal(600, circle.ReachedMeters, 1e-6);
        Assert.Equal(150 + SyntheticPlan.X0, circle.ReachedNetwork.EnvelopeInternal.MinX, 1e-6);
        Assert.Equal(750 + SyntheticPlan.X0, circle.ReachedNetwork.EnvelopeInternal.MaxX, 1e-6);
        Assert.InRange(circle.Area.Area, (600 * 100) + 7000, (600 * 100) + (Math.PI * 50 * 50)); // a 100 m wide band with round ends
    }

    [Fact]
    public void For_BudgetBeyondTheStreet_StopsAtItsEnds()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0).School("s", 0, 0).Build();

        Assert.Equal(1000, Builder(plan).For(plan.Facilities[0], 60)!.ReachedMeters, 1e-6);
    }

    [Fact]
    public void For_RiverWithABridgeFarAway_LeavesTheOppositeBankOut()
    {
        // South bank y = 0, north bank y = 300, bridge at x = 1000. 10 minutes = 750 m: the north bank is not reached.
        var plan = new SyntheticPlan()
            .Street(0, 0, 1000, 0).Street(0, 300, 1000, 300)
            .Street(1000, 0, 1000, 300, step: 300, roadClass: RoadClass.Arterial, bridge: true, layer: 1)
            .School("s", 0, 0).Build();

        var circle = Builder(plan).For(plan.Facilities[0], 10)!;

        Assert.Equal(750, circle.ReachedMeters, 1e-6);
        Assert.False(circle.Area.Intersects(SyntheticPlan.At(0, 300)));
        Assert.True(circle.Area.Contains(SyntheticPlan.At(700, 0)));
    }

    [Fact]
    public void ForAll_TwoSchools_DissolvesTheirCircles()
    {
        var plan = new SyntheticPlan().Street(0, 0, 2000, 0).School("a", 0, 0).School("b", 2000, 0).Build();

        var (per, dissolved) = Builder(plan).ForAll(plan.Facilities, 4);

        Assert.Equal(2, per.Count);
        Assert.Equal([300.0, 300.0], per.Select(c => Math.Round(c.ReachedMeters, 6)));
        Assert.Equal(2, ((NetTopologySuite.Geometries.Geometry)dissolved!.Area).NumGeometries);
        Assert.Null(dissolved.Facility);
    }
}
