using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Tests;

/// <summary>Invariants of walking reach on the real Hanyang network, from many random starts (fixed seed).</summary>
public class HanyangNetworkTests
{
    private static readonly Lazy<(Domain.Plan.PlanDataset Plan, PlanNetwork Network)> Hanyang = new(() =>
    {
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!);
        return (plan, PlanNetworkBuilder.Build(plan.Roads));
    });

    [Fact]
    public void WalkingReach_FromRandomStarts_NeverUsesAnExpresswayOrCrossesARiverOffABridge()
    {
        var (plan, network) = Hanyang.Value;
        var walk = new ProfiledNetwork(network, TravelProfiles.Walking());
        var rivers = plan.Water.Where(w => w.Kind == WaterKind.River).Select(w => w.Area.Buffer(-5)).ToList();
        var search = walk.CreateSearch();
        var random = new Random(20261202);
        var offences = new List<string>();
        for (var trial = 0; trial < 200; trial++)
        {
            var start = new VertexId(random.Next(network.Graph.VertexCount));
            var reach = search.Run([new SearchSource(start, 0, 0)], 30 * 60);
            foreach (var arc in reach.Arcs)
            {
                var road = network.EdgeRoads[arc.Edge.Value];
                if (road.Class == RoadClass.Expressway && !road.Walkable)
                {
                    offences.Add($"{road.Id} {road.Name}: expressway walked");
                }

                if (!road.Bridge && !road.Tunnel && rivers.Any(r => r.Intersects(road.Geometry)))
                {
                    offences.Add($"{road.Id} {road.Name}: crosses a river off a bridge");
                }
            }
        }

        Assert.Empty(offences.Distinct());
    }

    [Fact]
    public void WalkingReach_LongerBudget_ReachesASupersetOnTheRealNetwork()
    {
        var (_, network) = Hanyang.Value;
        var search = new ProfiledNetwork(network, TravelProfiles.Walking()).CreateSearch();
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var start = new SearchSource(new VertexId(random.Next(network.Graph.VertexCount)), 0, 0);
            var five = search.Run([start], 300, collectArcs: false).Vertices.Select(v => v.Vertex).ToHashSet();
            var ten = search.Run([start], 600, collectArcs: false).Vertices.Select(v => v.Vertex).ToHashSet();

            Assert.True(five.IsSubsetOf(ten));
        }
    }
}
