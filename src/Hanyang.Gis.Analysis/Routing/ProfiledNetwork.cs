using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// A <see cref="PlanNetwork"/> with one travel profile applied: arc costs, the edges that profile may use
/// (indexed for snapping), and travel times from a snapped point to the ends of its edge. The access leg
/// from a point to its edge is travelled at the speed of that edge.
/// </summary>
public sealed class ProfiledNetwork
{
    private readonly int[] forwardArc;
    private readonly int[] backwardArc;
    private readonly STRtree<int> usableEdges = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(double X, double Y, double Max), NetworkSnap?> snaps = new();

    /// <summary>Applies <paramref name="profile"/> to <paramref name="network"/>.</summary>
    public ProfiledNetwork(PlanNetwork network, TravelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(profile);
        Network = network;
        Profile = profile;
        var graph = network.Graph;
        ArcSeconds = graph.ArcSeconds(profile);
        forwardArc = Enumerable.Repeat(-1, graph.EdgeCount).ToArray();
        backwardArc = Enumerable.Repeat(-1, graph.EdgeCount).ToArray();
        for (var v = 0; v < graph.VertexCount; v++)
        {
            var range = graph.ArcsFrom(new VertexId(v));
            for (var a = range.Start.Value; a < range.End.Value; a++)
            {
                if (double.IsPositiveInfinity(ArcSeconds[a]))
                {
                    continue;
                }

                var edge = graph.ArcEdge(a).Value;
                if (network.EdgeVertices[edge].From.Value == v && forwardArc[edge] < 0)
                {
                    forwardArc[edge] = a;
                }
                else
                {
                    backwardArc[edge] = a;
                }
            }
        }

        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (forwardArc[e] >= 0 || backwardArc[e] >= 0)
            {
                usableEdges.Insert(network.EdgeRoads[e].Geometry.EnvelopeInternal, e);
            }
        }

        usableEdges.Build();
    }

    /// <summary>The network.</summary>
    public PlanNetwork Network { get; }

    /// <summary>The profile.</summary>
    public TravelProfile Profile { get; }

    /// <summary>Travel seconds of every arc (+∞ where the profile may not go).</summary>
    public double[] ArcSeconds { get; }

    /// <summary>A search over this network (not thread-safe; make one per thread).</summary>
    public BoundedSearch CreateSearch() => new(Network.Graph, ArcSeconds);

    /// <summary>
    /// Snaps <paramref name="point"/> to the nearest edge this profile may use; null when there is none within
    /// <paramref name="maxOffsetMeters"/>. Answers are remembered: communities and facilities are snapped once.
    /// </summary>
    public NetworkSnap? Snap(Coordinate point, double maxOffsetMeters = 2000)
    {
        ArgumentNullException.ThrowIfNull(point);
        return snaps.GetOrAdd((point.X, point.Y, maxOffsetMeters), key => FindSnap(new Coordinate(key.X, key.Y), key.Max));
    }

    private NetworkSnap? FindSnap(Coordinate point, double maxOffsetMeters)
    {
        var p = Spatial.GeometryFactories.Internal.CreatePoint(point);
        for (var radius = Math.Min(100.0, maxOffsetMeters); ; radius = Math.Min(radius * 2, maxOffsetMeters))
        {
            var box = new Envelope(point);
            box.ExpandBy(radius);
            var candidates = usableEdges.Query(box);
            if (candidates.Count > 0)
            {
                // Any edge nearer than `radius` intersects the box, so the best candidate within it is the nearest overall.
                var (edge, distance) = candidates.Select(e => (Edge: e, Distance: Network.EdgeRoads[e].Geometry.Distance(p))).MinBy(c => (c.Distance, c.Edge));
                if (distance <= radius)
                {
                    var along = new LengthIndexedLine(Network.EdgeRoads[edge].Geometry).Project(point);
                    return new NetworkSnap(new EdgeId(edge), along, distance);
                }
            }

            if (radius >= maxOffsetMeters)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The ways out of a snapped point onto the graph: for each end of its edge the profile may travel to,
    /// the vertex, the seconds including the access leg, and whether it is the edge's end (true) or start.
    /// </summary>
    public IEnumerable<(VertexId Vertex, double Seconds, bool TowardsEnd)> Exits(NetworkSnap snap)
    {
        var e = snap.Edge.Value;
        var length = Network.Graph.EdgeLengthMeters(snap.Edge);
        if (forwardArc[e] >= 0)
        {
            var speed = Speed(forwardArc[e], length);
            yield return (Network.Graph.ArcHead(forwardArc[e]), (snap.OffsetMeters + length - snap.AlongMeters) / speed, true);
        }

        if (backwardArc[e] >= 0)
        {
            var speed = Speed(backwardArc[e], length);
            yield return (Network.Graph.ArcHead(backwardArc[e]), (snap.OffsetMeters + snap.AlongMeters) / speed, false);
        }
    }

    /// <summary>
    /// The ways into a snapped point from the graph: (vertex, seconds) for each end of its edge from which
    /// the profile may travel to the point, including the access leg.
    /// </summary>
    public IEnumerable<(VertexId Vertex, double Seconds)> Entries(NetworkSnap snap)
    {
        var e = snap.Edge.Value;
        var length = Network.Graph.EdgeLengthMeters(snap.Edge);
        if (forwardArc[e] >= 0)
        {
            var speed = Speed(forwardArc[e], length);
            yield return (Network.EdgeVertices[e].From, (snap.AlongMeters + snap.OffsetMeters) / speed);
        }

        if (backwardArc[e] >= 0)
        {
            var speed = Speed(backwardArc[e], length);
            yield return (Network.EdgeVertices[e].To, (length - snap.AlongMeters + snap.OffsetMeters) / speed);
        }
    }

    /// <summary>Seconds to travel directly along one edge between two snapped points on it, or +∞ when the profile may not (one-way).</summary>
    public double SameEdgeSeconds(NetworkSnap from, NetworkSnap to)
    {
        if (from.Edge != to.Edge)
        {
            return double.PositiveInfinity;
        }

        var e = from.Edge.Value;
        var length = Network.Graph.EdgeLengthMeters(from.Edge);
        var arc = to.AlongMeters >= from.AlongMeters ? forwardArc[e] : backwardArc[e];
        return arc < 0 ? double.PositiveInfinity : (Math.Abs(to.AlongMeters - from.AlongMeters) + from.OffsetMeters + to.OffsetMeters) / Speed(arc, length);
    }

    private double Speed(int arc, double length) => length > 0 ? length / ArcSeconds[arc] : Profile.SpeedFor(0);
}
