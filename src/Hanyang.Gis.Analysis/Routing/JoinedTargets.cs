using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// Snapped points to be reached by many searches of one <see cref="NetworkJoin"/>, indexed by the vertices
/// that lead into them and by their edges: reading a search costs what it reached, not the number of points.
/// </summary>
public sealed class JoinedTargets
{
    private readonly NetworkJoin join;
    private readonly Dictionary<int, List<(int Target, double Cost)>> entriesByVertex = [];
    private readonly Dictionary<EdgeId, List<int>> targetsByEdge = [];

    internal JoinedTargets(NetworkJoin join, IReadOnlyList<NetworkSnap?> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        this.join = join;
        Snaps = targets;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is { } snap)
            {
                foreach (var (vertex, cost) in join.Entries(snap))
                {
                    (entriesByVertex.TryGetValue(vertex.Value, out var list) ? list : entriesByVertex[vertex.Value] = []).Add((i, cost));
                }

                (targetsByEdge.TryGetValue(snap.Edge, out var onEdge) ? onEdge : targetsByEdge[snap.Edge] = []).Add(i);
            }
        }
    }

    /// <summary>The targets, by index (null: off the network).</summary>
    public IReadOnlyList<NetworkSnap?> Snaps { get; }

    /// <summary>(target index, least cost) of every target <paramref name="reach"/> reaches within <paramref name="budget"/>, by index.</summary>
    public IReadOnlyList<(int Target, double Cost)> Within(JoinedReach reach, double budget)
    {
        ArgumentNullException.ThrowIfNull(reach);
        var best = new Dictionary<int, double>();
        void Offer(int target, double cost)
        {
            if (cost <= budget && (!best.TryGetValue(target, out var old) || cost < old))
            {
                best[target] = cost;
            }
        }

        foreach (var v in reach.Reach.Vertices)
        {
            if (entriesByVertex.TryGetValue(v.Vertex.Value, out var entries))
            {
                foreach (var (target, cost) in entries)
                {
                    Offer(target, v.Seconds + cost);
                }
            }
        }

        foreach (var origin in reach.Origins)
        {
            if (origin is { } from && targetsByEdge.TryGetValue(from.Edge, out var onEdge))
            {
                foreach (var target in onEdge)
                {
                    Offer(target, join.SameEdgeCost(from, Snaps[target]!.Value));
                }
            }
        }

        return [.. best.OrderBy(b => b.Key).Select(b => (b.Key, b.Value))];
    }
}
