using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// A bounded search of a <see cref="NetworkJoin"/> from snapped origins: the vertices and arcs it reached, and
/// the cost to any snapped point through the ends of that point's edge or directly along the edge it shares
/// with an origin.
/// </summary>
public sealed class JoinedReach
{
    private readonly NetworkJoin join;
    private readonly Dictionary<EdgeId, List<int>> originsByEdge = [];

    internal JoinedReach(NetworkJoin join, IReadOnlyList<NetworkSnap?> origins, Network.Reach reach)
    {
        this.join = join;
        Origins = origins;
        Reach = reach;
        for (var i = 0; i < origins.Count; i++)
        {
            if (origins[i] is { } origin)
            {
                (originsByEdge.TryGetValue(origin.Edge, out var list) ? list : originsByEdge[origin.Edge] = []).Add(i);
            }
        }
    }

    /// <summary>The origins, as passed to the search (null: off the network).</summary>
    public IReadOnlyList<NetworkSnap?> Origins { get; }

    /// <summary>What the search reached on the graph (vertex costs, and arcs when collected).</summary>
    public Network.Reach Reach { get; }

    /// <summary>
    /// The least cost from any origin to <paramref name="target"/> and that origin's index; (+∞, -1) when none
    /// reaches it. Exact whenever the cost is within the budget; beyond it an upper bound at best.
    /// On a tie the graph wins over the same-edge shortcut, and a lower origin index over a higher one.
    /// </summary>
    public (double Cost, int Origin) To(NetworkSnap target)
    {
        var (best, origin) = (double.PositiveInfinity, -1);
        foreach (var (vertex, cost) in join.Entries(target))
        {
            if (Reach.Find(vertex) is { } v && v.Seconds + cost < best)
            {
                (best, origin) = (v.Seconds + cost, v.Origin);
            }
        }

        if (originsByEdge.TryGetValue(target.Edge, out var sameEdge))
        {
            foreach (var i in sameEdge)
            {
                if (join.SameEdgeCost(Origins[i]!.Value, target) is var direct && direct < best)
                {
                    (best, origin) = (direct, i);
                }
            }
        }

        return (best, origin);
    }

    /// <summary>The least cost from any origin to <paramref name="target"/>; +∞ when none reaches it.</summary>
    public double CostTo(NetworkSnap target) => To(target).Cost;
}
