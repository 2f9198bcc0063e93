using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Union;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// Builds service circles (isochrones): a bounded search from the facility's snap point, every reached arc
/// cut at the fraction the budget allows (mid-edge reach), the starting edge walked out from the snap point,
/// and the result buffered by <see cref="BufferMeters"/> into a polygon — the "buffered reached segments"
/// method, which unlike a convex hull keeps rivers, lakes and expressways visible as holes and gaps.
/// </summary>
/// <param name="network">The network under the travel profile (travel seconds as the cost).</param>
/// <param name="bufferMeters">How far either side of a reached road the circle extends.</param>
/// <param name="snapPolicy">How facilities join the network; <see cref="SnapPolicy.Default"/> when null.</param>
public sealed class ServiceCircleBuilder(ProfiledNetwork network, double bufferMeters = ServiceCircleBuilder.DefaultBufferMeters, SnapPolicy? snapPolicy = null)
{
    /// <summary>Default buffer: half a typical residential block depth.</summary>
    public const double DefaultBufferMeters = 50;

    private readonly NetworkJoin join = new(network, snapPolicy);

    /// <summary>The buffer distance in metres.</summary>
    public double BufferMeters { get; } = bufferMeters;

    /// <summary>The circle of one facility; null when the facility is not near a usable road.</summary>
    public ServiceCircle? For(Facility facility, double minutes)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var lines = Reached(facility, minutes * 60, network.CreateSearch());
        return lines is null ? null : Circle(facility, facility.Kind, minutes, lines);
    }

    /// <summary>Per-facility circles and one dissolved circle for all <paramref name="facilities"/> (which should share a kind).</summary>
    public (IReadOnlyList<ServiceCircle> PerFacility, ServiceCircle? Dissolved) ForAll(IReadOnlyList<Facility> facilities, double minutes)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        var search = network.CreateSearch();
        var per = new List<ServiceCircle>();
        var all = new List<LineString>();
        foreach (var facility in facilities)
        {
            if (Reached(facility, minutes * 60, search) is { } lines)
            {
                per.Add(Circle(facility, facility.Kind, minutes, lines));
                all.AddRange(lines);
            }
        }

        return (per, per.Count == 0 ? null : Circle(null, facilities[0].Kind, minutes, all));
    }

    private ServiceCircle Circle(Facility? facility, FacilityKind kind, double minutes, List<LineString> lines)
    {
        var factory = GeometryFactories.Internal;
        var merged = lines.Count == 0 ? factory.CreateMultiLineString() : factory.CreateMultiLineString(lines.ToArray());
        var area = lines.Count == 0
            ? (Geometry)factory.CreatePolygon()
            : UnaryUnionOp.Union(lines.Select(l => l.Buffer(BufferMeters, 4)).ToList());
        return new ServiceCircle(facility, kind, minutes, merged, area, lines.Sum(l => l.Length));
    }

    private List<LineString>? Reached(Facility facility, double budget, BoundedSearch search)
    {
        if (join.Snap(facility.Location) is not { } snap)
        {
            return null;
        }

        // Reached stretches per edge as [from, to] metres along its geometry; an edge reached from both
        // ends, or from its start and a snap point, gets its stretches merged so nothing counts twice.
        var intervals = new Dictionary<int, List<(double From, double To)>>();
        void Reach(int edge, double from, double to)
        {
            if (to > from)
            {
                (intervals.TryGetValue(edge, out var list) ? list : intervals[edge] = []).Add((from, to));
            }
        }

        var startLength = network.Network.Graph.EdgeLengthMeters(snap.Edge);
        foreach (var (_, seconds, towardsEnd) in join.Exits(snap))
        {
            var legMeters = towardsEnd ? startLength - snap.AlongMeters : snap.AlongMeters;
            if (legMeters <= 0)
            {
                continue;
            }

            var speed = (snap.OffsetMeters + legMeters) / seconds;
            var reachable = Math.Clamp((budget * speed) - snap.OffsetMeters, 0, legMeters);
            Reach(snap.Edge.Value, towardsEnd ? snap.AlongMeters : snap.AlongMeters - reachable, towardsEnd ? snap.AlongMeters + reachable : snap.AlongMeters);
        }

        var graph = network.Network.Graph;
        var reach = join.Search(snap, budget, collectArcs: true, search: search).Reach;
        foreach (var arc in reach.Arcs)
        {
            var edge = arc.Edge.Value;
            var length = graph.EdgeLengthMeters(arc.Edge);
            var (from, to) = network.Network.EdgeVertices[edge];
            var forward = from == arc.Tail && graph.ArcHead(arc.Arc) == to;
            Reach(edge, forward ? 0 : length * (1 - arc.Fraction), forward ? length * arc.Fraction : length);
        }

        var lines = new List<LineString>();
        foreach (var (edge, stretches) in intervals)
        {
            var geometry = network.Network.EdgeRoads[edge].Geometry;
            var line = new LengthIndexedLine(geometry);
            foreach (var (from, to) in Merge(stretches))
            {
                var piece = from <= 0 && to >= geometry.Length ? geometry : line.ExtractLine(from, to);
                if (piece is LineString { IsEmpty: false } l && l.Length > 0)
                {
                    lines.Add(l);
                }
            }
        }

        return lines;
    }

    private static IEnumerable<(double From, double To)> Merge(List<(double From, double To)> stretches)
    {
        var sorted = stretches.OrderBy(s => s.From).ToList();
        var (from, to) = sorted[0];
        foreach (var next in sorted.Skip(1))
        {
            if (next.From <= to)
            {
                to = Math.Max(to, next.To);
            }
            else
            {
                yield return (from, to);
                (from, to) = next;
            }
        }

        yield return (from, to);
    }
}
