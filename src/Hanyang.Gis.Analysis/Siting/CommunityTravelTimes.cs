using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>
/// Travel seconds from a point (a facility or a candidate site) to every community it reaches within a budget,
/// by the same rules as <see cref="CoverageAnalyzer"/>: snapped to the nearest usable edge, access legs
/// counted, same-edge trips direct. One bounded search per point; its cost grows with what it reaches.
/// </summary>
internal sealed class CommunityTravelTimes
{
    private readonly ProfiledNetwork network;
    private readonly NetworkSnap?[] snaps;
    private readonly Dictionary<int, List<(int Community, double Seconds)>> entriesByVertex = [];
    private readonly BoundedSearch search;

    public CommunityTravelTimes(ProfiledNetwork network, IReadOnlyList<Community> communities)
    {
        this.network = network;
        snaps = [.. communities.Select(c => network.Snap(c.Location.Coordinate, CoverageAnalyzer.MaxSnapMeters))];
        for (var i = 0; i < snaps.Length; i++)
        {
            if (snaps[i] is { } snap)
            {
                foreach (var (vertex, seconds) in network.Entries(snap))
                {
                    (entriesByVertex.TryGetValue(vertex.Value, out var list) ? list : entriesByVertex[vertex.Value] = []).Add((i, seconds));
                }
            }
        }

        search = network.CreateSearch();
    }

    /// <summary>Whether a point joins the network (within the coverage analysis's snapping distance).</summary>
    public bool OnNetwork(Point point) => network.Snap(point.Coordinate, CoverageAnalyzer.MaxSnapMeters) is not null;

    /// <summary>(community index, seconds) for every community <paramref name="point"/> reaches within <paramref name="budgetSeconds"/>.</summary>
    public IReadOnlyList<(int Community, double Seconds)> From(Point point, double budgetSeconds)
    {
        if (network.Snap(point.Coordinate, CoverageAnalyzer.MaxSnapMeters) is not { } from)
        {
            return [];
        }

        var best = new Dictionary<int, double>();
        var reach = search.Run([.. network.Exits(from).Select(x => new SearchSource(x.Vertex, x.Seconds, 0))], budgetSeconds, collectArcs: false);
        foreach (var v in reach.Vertices)
        {
            if (entriesByVertex.TryGetValue(v.Vertex.Value, out var entries))
            {
                foreach (var (community, seconds) in entries)
                {
                    var t = v.Seconds + seconds;
                    if (t <= budgetSeconds && (!best.TryGetValue(community, out var old) || t < old))
                    {
                        best[community] = t;
                    }
                }
            }
        }

        for (var i = 0; i < snaps.Length; i++)
        {
            if (snaps[i] is { } to && to.Edge == from.Edge && network.SameEdgeSeconds(from, to) is var direct && direct <= budgetSeconds
                && (!best.TryGetValue(i, out var old) || direct < old))
            {
                best[i] = direct;
            }
        }

        return [.. best.OrderBy(b => b.Key).Select(b => (b.Key, b.Value))];
    }
}
