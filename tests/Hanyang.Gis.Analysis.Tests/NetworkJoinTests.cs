using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Tests;

public class NetworkJoinTests
{
    private const double Walk = 1.25; // 4.5 km/h in m/s
    private const double Local = 20 / 3.6; // a local street by car, m/s

    private static NetworkJoin Join(SyntheticPlan plan, TravelProfile profile, SnapPolicy? policy = null, bool metric = false)
    {
        var network = PlanNetworkBuilder.Build(plan.Build().Roads).Profiled(profile);
        return new NetworkJoin(metric ? network.Metric : network, policy);
    }

    private static NetworkSnap SnapAt(NetworkJoin join, double x, double y) => join.Snap(SyntheticPlan.At(x, y))!.Value;

    [Fact]
    public void Snap_PointBeyondThePolicyDistance_IsOffTheNetwork()
    {
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0);

        Assert.Null(Join(plan, TravelProfiles.Walking(), new SnapPolicy(200)).Snap(SyntheticPlan.At(500, 300)));
        var near = Join(plan, TravelProfiles.Walking(), new SnapPolicy(400)).Snap(SyntheticPlan.At(500, 300));
        Assert.Equal(300, near!.Value.OffsetMeters, 1e-9);
        Assert.Null(Join(plan, TravelProfiles.Walking()).Snap(SyntheticPlan.At(500, 1001)));
        Assert.NotNull(Join(plan, TravelProfiles.Walking()).Snap(SyntheticPlan.At(500, 999)));
        Assert.Equal(1000, SnapPolicy.Default.MaxOffsetMeters);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SnapPolicy_NotAFiniteDistanceAboveZero_IsRefused(double meters) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SnapPolicy(meters));

    [Fact]
    public void Snap_EdgeTheProfileMayNotUse_IsPassedOverForTheNearestUsableOne()
    {
        // A path 10 m away (cars may not use it) and a local street 60 m away: a car joins the street.
        var plan = new SyntheticPlan().Street(0, 10, 1000, 10, roadClass: RoadClass.Path).Street(0, -60, 1000, -60);

        Assert.Equal(10, SnapAt(Join(plan, TravelProfiles.Walking()), 500, 0).OffsetMeters, 1e-9);
        Assert.Equal(60, SnapAt(Join(plan, TravelProfiles.Driving()), 500, 0).OffsetMeters, 1e-9);
    }

    [Fact]
    public void EntriesAndExits_PointMidEdge_ReachBothEndsWithTheAccessLeg()
    {
        // One 1 km edge; the point is 300 m along it and 40 m off it.
        var join = Join(new SyntheticPlan().Street(0, 0, 1000, 0, step: 1000), TravelProfiles.Walking());
        var snap = SnapAt(join, 300, 40);
        var (first, last) = join.Network.Network.EdgeVertices[snap.Edge.Value];

        var entries = join.Entries(snap).ToArray();
        var exits = join.Exits(snap).ToArray();

        Assert.Equal([first, last], entries.Select(e => e.Vertex));
        Assert.Equal(340 / Walk, entries[0].Cost, 1e-9);
        Assert.Equal(740 / Walk, entries[1].Cost, 1e-9);
        Assert.Equal([(last, 740 / Walk, true), (first, 340 / Walk, false)], exits.Select(x => (x.Vertex, Math.Round(x.Cost, 9), x.TowardsEnd)));
    }

    [Fact]
    public void To_TwoPointsOnOneEdge_TakesTheSameEdgeShortcut()
    {
        // Through the ends the best trip is 200 m back to the first vertex and 500 m out again (700 m);
        // directly along the edge it is 300 m.
        var join = Join(new SyntheticPlan().Street(0, 0, 1000, 0, step: 1000), TravelProfiles.Walking());
        var from = SnapAt(join, 200, 0);
        var to = SnapAt(join, 500, 0);

        var reach = join.Search(from, 3600);

        Assert.Equal((Math.Round(300 / Walk, 9), 0), Rounded(reach.To(to)));
        Assert.Equal(300 / Walk, join.SameEdgeCost(from, to), 1e-9);
        Assert.Equal(700 / Walk, join.Search(from, 3600).Reach.SecondsTo(join.Network.Network.EdgeVertices[0].From) + join.Entries(to).First().Cost, 1e-9);
    }

    [Fact]
    public void SameEdgeCost_PointsOnDifferentEdges_IsInfinite()
    {
        var join = Join(new SyntheticPlan().Street(0, 0, 1000, 0, step: 500), TravelProfiles.Walking());

        Assert.Equal(double.PositiveInfinity, join.SameEdgeCost(SnapAt(join, 200, 0), SnapAt(join, 700, 0)));
        Assert.Equal(500 / Walk, join.Search(SnapAt(join, 200, 0), 3600).CostTo(SnapAt(join, 700, 0)), 1e-9);
    }

    [Fact]
    public void To_OneWayEdge_IsDrivenOnlyForwardButWalkedBothWays()
    {
        // A one-way street east (1 km, one edge) and a two-way loop back round by the north (2 km).
        var plan = new SyntheticPlan()
            .Street(0, 0, 1000, 0, step: 1000, oneWay: true)
            .Street(1000, 0, 1000, 500, step: 500).Street(1000, 500, 0, 500, step: 1000).Street(0, 500, 0, 0, step: 500);
        var drive = Join(plan, TravelProfiles.Driving());
        var walk = Join(plan, TravelProfiles.Walking());

        // Forward: 600 m along the street. Backward: on to its end, round the loop, in from its start: 200 + 2000 + 200 m.
        Assert.Equal(600 / Local, drive.Search(SnapAt(drive, 200, 0), 3600).CostTo(SnapAt(drive, 800, 0)), 1e-9);
        Assert.Equal(2400 / Local, drive.Search(SnapAt(drive, 800, 0), 3600).CostTo(SnapAt(drive, 200, 0)), 1e-9);
        Assert.Equal(double.PositiveInfinity, drive.SameEdgeCost(SnapAt(drive, 800, 0), SnapAt(drive, 200, 0)));
        Assert.Single(drive.Entries(SnapAt(drive, 500, 0)));
        Assert.True(Assert.Single(drive.Exits(SnapAt(drive, 500, 0))).TowardsEnd);
        Assert.Equal(600 / Walk, walk.Search(SnapAt(walk, 800, 0), 3600).CostTo(SnapAt(walk, 200, 0)), 1e-9);
    }

    [Fact]
    public void To_SeveralOrigins_ReportsTheNearestOneByIndex()
    {
        var join = Join(new SyntheticPlan().Street(0, 0, 2000, 0), TravelProfiles.Walking(), metric: true);
        NetworkSnap?[] origins = [SnapAt(join, 0, 0), null, SnapAt(join, 1950, 20)];

        var reach = join.Search(origins, double.MaxValue);

        Assert.Equal((400.0, 0), Rounded(reach.To(SnapAt(join, 400, 0))));
        Assert.Equal((350.0 + 20, 2), Rounded(reach.To(SnapAt(join, 1600, 0))));
        Assert.Equal((30.0 + 20, 2), Rounded(reach.To(SnapAt(join, 1920, 0)))); // the same edge, directly
    }

    [Fact]
    public void Metric_CostsArcLengthsOnTheRoadsTheProfileMayUse()
    {
        // An expressway (cars only) beside a local street: the metric network of walking has no expressway arcs.
        var plan = new SyntheticPlan().Street(0, 0, 1000, 0, step: 250, roadClass: RoadClass.Expressway, walkable: false).Street(0, 100, 1000, 100, step: 250);
        var network = PlanNetworkBuilder.Build(plan.Build().Roads);
        var walk = network.Profiled(TravelProfiles.Walking());
        var drive = network.Profiled(TravelProfiles.Driving());

        Assert.Equal(NetworkCost.LengthMeters, walk.Metric.Cost);
        Assert.Same(walk.Metric, walk.Metric.Metric);
        for (var a = 0; a < network.Graph.ArcCount; a++)
        {
            var length = network.Graph.ArcLengthMeters(a);
            Assert.Equal(double.IsPositiveInfinity(walk.ArcCosts[a]) ? double.PositiveInfinity : length, walk.Metric.ArcCosts[a]);
            Assert.Equal(length, drive.Metric.ArcCosts[a]);
        }

        Assert.Contains(walk.Metric.ArcCosts, double.IsPositiveInfinity);
    }

    [Fact]
    public void Within_ManyTargetsOnAGrid_AgreesWithEachTargetAskedAlone()
    {
        // A 5 × 5 block grid, 200 m blocks; 40 random points from a fixed seed; every point searched from in turn.
        var plan = new SyntheticPlan();
        for (var i = 0; i <= 5; i++)
        {
            plan.Street(0, i * 200, 1000, i * 200).Street(i * 200, 0, i * 200, 1000);
        }

        var join = Join(plan, TravelProfiles.Walking());
        var random = new Random(15);
        var points = Enumerable.Range(0, 40).Select(_ => join.Snap(SyntheticPlan.At(random.NextDouble() * 1000, random.NextDouble() * 1000))).ToArray();
        var targets = join.Targets(points);
        var search = join.Network.CreateSearch();
        const double budget = 600;

        foreach (var origin in points)
        {
            var reach = join.Search(origin!.Value, budget, search: search);
            var expected = points.Select((p, i) => (Target: i, Cost: reach.CostTo(p!.Value))).Where(t => t.Cost <= budget).ToArray();

            Assert.Equal(expected, targets.Within(reach, budget));
            Assert.Contains((Array.IndexOf(points, origin), join.SameEdgeCost(origin.Value, origin.Value)), targets.Within(reach, budget));
        }
    }

    private static (double, int) Rounded((double Cost, int Origin) to) => (Math.Round(to.Cost, 9), to.Origin);
}
