using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Network;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>
/// <see cref="CommunityReach"/> with the routes: one bounded search out of the community, its shortest-path
/// tree read back from the reached arcs (an arc is a tree arc when its tail time plus its cost equals its
/// head's label, Dijkstra 1959), and for every reached facility the path from the community's edge to the
/// facility's edge, with the partial first and last edges cut at the snap points.
/// </summary>
public static class CommunityRoutes
{
    /// <summary>Every facility <paramref name="community"/> reaches within <paramref name="minutes"/>, nearest first, with its route.</summary>
    /// <param name="plan">The plan whose facilities are looked for.</param>
    /// <param name="network">The network under the travel profile.</param>
    /// <param name="community">Where the trips start.</param>
    /// <param name="minutes">The budget.</param>
    /// <param name="snapPolicy">How points join the network; <see cref="SnapPolicy.Default"/> when null.</param>
    public static IReadOnlyList<ReachRoute> From(PlanDataset plan, ProfiledNetwork network, Community community, double minutes, SnapPolicy? snapPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(community);
        var join = new NetworkJoin(network, snapPolicy);
        var reached = CommunityReach.From(plan, network, community, minutes, snapPolicy);
        if (reached.Count == 0 || join.Snap(community.Location) is not { } start)
        {
            return [];
        }

        var graph = network.Network.Graph;
        var reach = join.Search(start, minutes * 60, collectArcs: true).Reach;
        var treeArc = new Dictionary<int, int>();
        foreach (var arc in reach.Arcs)
        {
            var head = graph.ArcHead(arc.Arc);
            var arrival = arc.TailSeconds + network.ArcCosts[arc.Arc];
            if (arc.Fraction >= 1 && !treeArc.ContainsKey(head.Value) && Math.Abs(arrival - reach.SecondsTo(head)) <= 1e-9 * Math.Max(1, arrival))
            {
                treeArc[head.Value] = arc.Arc;
            }
        }

        var exitSeconds = join.Exits(start).ToDictionary(x => x.Vertex.Value, x => x.Cost);
        var result = new List<ReachRoute>(reached.Count);
        foreach (var r in reached)
        {
            var target = join.Snap(r.Facility.Location)!.Value;
            var pieces = new List<LineString>();
            if (join.SameEdgeCost(start, target) <= r.Seconds + 1e-9)
            {
                Add(pieces, network, start.Edge, start.AlongMeters, target.AlongMeters);
            }
            else
            {
                var (entry, _) = join.Entries(target).MinBy(e => reach.SecondsTo(e.Vertex) + e.Cost);
                var path = new List<int>();
                var v = entry.Value;
                while (treeArc.TryGetValue(v, out var arc) && !(exitSeconds.TryGetValue(v, out var s) && s <= reach.SecondsTo(new VertexId(v)) + 1e-9))
                {
                    path.Add(arc);
                    v = TailOf(network, arc);
                }

                var startEdge = network.Network.EdgeVertices[start.Edge.Value];
                Add(pieces, network, start.Edge, start.AlongMeters, startEdge.To.Value == v ? graph.EdgeLengthMeters(start.Edge) : 0);
                path.Reverse();
                pieces.AddRange(path.Select(a => network.Network.EdgeRoads[graph.ArcEdge(a).Value].Geometry));
                var targetEdge = network.Network.EdgeVertices[target.Edge.Value];
                Add(pieces, network, target.Edge, targetEdge.From == entry ? 0 : graph.EdgeLengthMeters(target.Edge), target.AlongMeters);
            }

            var lines = pieces.Where(p => p.Length > 0).ToArray();
            result.Add(new ReachRoute(r, lines.Sum(l => l.Length), GeometryFactories.Internal.CreateMultiLineString(lines)));
        }

        return result;
    }

    private static int TailOf(ProfiledNetwork network, int arc)
    {
        var (from, to) = network.Network.EdgeVertices[network.Network.Graph.ArcEdge(arc).Value];
        return network.Network.Graph.ArcHead(arc) == to ? from.Value : to.Value;
    }

    private static void Add(List<LineString> pieces, ProfiledNetwork network, EdgeId edge, double fromMeters, double toMeters)
    {
        var geometry = network.Network.EdgeRoads[edge.Value].Geometry;
        var (a, b) = (Math.Min(fromMeters, toMeters), Math.Max(fromMeters, toMeters));
        if (b > a && new LengthIndexedLine(geometry).ExtractLine(a, b) is LineString { IsEmpty: false } piece)
        {
            pieces.Add(piece);
        }
    }
}
