using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Analysis.Tests;

public class PlanNetworksTests
{
    private static PlanDataset Plan(double length) =>
        new SyntheticPlan().Street(0, 0, length, 0).School("s", 0, 0).Community("420105001001", 50, 10, 100).Build();

    [Fact]
    public void For_SameRoadsAndProfile_BuildsOnceEvenWhenFacilitiesChange()
    {
        var networks = new PlanNetworks();
        var plan = Plan(1000);
        var edited = plan with { Facilities = [.. plan.Facilities, plan.Facilities[0] with { Id = new("t") }] };

        var first = networks.For(plan, TravelProfiles.Walking());
        var again = networks.For(edited, TravelProfiles.Walking());
        var renamed = networks.For(plan, TravelProfiles.Walking() with { Name = "另一个名字" });
        var drive = networks.For(plan, TravelProfiles.Driving());

        Assert.Same(first, again);
        Assert.Same(first, renamed);
        Assert.NotSame(first, drive);
        Assert.Same(networks.For(plan), networks.For(edited));
        Assert.Equal(1, networks.Builds);
        Assert.Equal(2, networks.For(plan).ProfilesBuilt);
    }

    [Fact]
    public void For_ManyRequestsAtOnce_WaitForOneBuild()
    {
        var networks = new PlanNetworks();
        var plan = Plan(1000);

        var built = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8).Select(_ => networks.For(plan, TravelProfiles.Walking())).ToArray();

        Assert.Single(built.Distinct());
        Assert.Equal(1, networks.Builds);
        Assert.Equal(1, networks.For(plan).ProfilesBuilt);
    }

    [Fact]
    public void For_MoreRoadVersionsThanTheBound_EvictsTheLeastRecentlyUsed()
    {
        var networks = new PlanNetworks(maxVersions: 2);
        var (a, b, c) = (Plan(1000), Plan(1100), Plan(1200));

        var firstA = networks.For(a, TravelProfiles.Walking());
        networks.For(b);
        networks.For(a);
        var firstC = networks.For(c, TravelProfiles.Walking());

        Assert.Equal(3, networks.Builds);
        Assert.Equal(2, networks.Held);
        Assert.Same(firstA, networks.For(a, TravelProfiles.Walking())); // a was used after b, so b went
        Assert.Same(firstC, networks.For(c, TravelProfiles.Walking()));
        Assert.Equal(3, networks.Builds);
        networks.For(b);
        Assert.Equal(4, networks.Builds);
        Assert.NotSame(firstA, networks.For(a, TravelProfiles.Walking())); // b's return pushed a out
        Assert.Equal(5, networks.Builds);
        Assert.Equal(2, networks.Held);
    }

    [Fact]
    public void Profiled_MoreProfilesThanTheBound_EvictsTheLeastRecentlyUsed()
    {
        var network = PlanNetworkBuilder.Build(Plan(1000).Roads);
        var first = network.Profiled(TravelProfiles.Walking(1));
        for (var kmh = 2; kmh <= PlanNetwork.MaxProfiles + 1; kmh++)
        {
            network.Profiled(TravelProfiles.Walking(kmh));
        }

        Assert.Equal(PlanNetwork.MaxProfiles + 1, network.ProfilesBuilt);
        Assert.NotSame(first, network.Profiled(TravelProfiles.Walking(1)));
        Assert.Equal(PlanNetwork.MaxProfiles + 2, network.ProfilesBuilt);
    }
}
