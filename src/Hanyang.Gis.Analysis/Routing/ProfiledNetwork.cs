using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// A <see cref="PlanNetwork"/> with one travel profile applied: arc costs (travel seconds, or metres for the
/// <see cref="Metric"/> twin), the edges that profile may use (indexed for snapping), and which arc of each
/// edge the profile may take in either direction. Points join it through a <see cref="NetworkJoin"/>.
/// Thread-safe; built once per road network and profile by <see cref="PlanNetwork.Profiled"/>.
/// </summary>
public sealed class ProfiledNetwork
{
    /// <summary>How many snaps a network remembers at most (≈ 100 bytes each); when full it forgets them all.</summary>
    public const int MaxRememberedSnaps = 200_000;

    private readonly int[] forwardArc;
    private readonly int[] backwardArc;
    private readonly STRtree<int> usableEdges = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(double X, double Y, double Max), NetworkSnap?> snaps = new();
    private readonly Lazy<ProfiledNetwork> metric;
    private int remembered;

    /// <summary>Applies <paramref name="profile"/> to <paramref name="network"/>, its arcs costing <paramref name="cost"/>.</summary>
    public ProfiledNetwork(PlanNetwork network, TravelProfile profile, NetworkCost cost = NetworkCost.TravelSeconds)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(profile);
        Network = network;
        Profile = profile;
        Cost = cost;
        var graph = network.Graph;
        ArcCosts = cost == NetworkCost.LengthMeters ? graph.ArcMeters(profile) : graph.ArcSeconds(profile);
        metric = new(() => cost == NetworkCost.LengthMeters ? this : new ProfiledNetwork(network, profile, NetworkCost.LengthMeters));
        forwardArc = Enumerable.Repeat(-1, graph.EdgeCount).ToArray();
        backwardArc = Enumerable.Repeat(-1, graph.EdgeCount).ToArray();
        for (var v = 0; v < graph.VertexCount; v++)
        {
            var range = graph.ArcsFrom(new VertexId(v));
            for (var a = range.Start.Value; a < range.End.Value; a++)
            {
                if (double.IsPositiveInfinity(ArcCosts[a]))
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

    /// <summary>What the arc costs measure: travel seconds or metres.</summary>
    public NetworkCost Cost { get; }

    /// <summary>Cost of every arc in the unit of <see cref="Cost"/> (+∞ where the profile may not go).</summary>
    public double[] ArcCosts { get; }

    /// <summary>
    /// The same profile with metres as the cost: the same usable edges and one-way rules, so a search over it
    /// gives the network distance along the roads this profile travels. Built once, on first use.
    /// </summary>
    public ProfiledNetwork Metric => metric.Value;

    /// <summary>A search over this network (not thread-safe; make one per thread).</summary>
    public BoundedSearch CreateSearch() => new(Network.Graph, ArcCosts);

    /// <summary>
    /// Snaps <paramref name="point"/> to the nearest edge this profile may use; null when there is none within
    /// <paramref name="maxOffsetMeters"/>. Answers are remembered (up to <see cref="MaxRememberedSnaps"/>):
    /// communities and facilities are snapped once.
    /// Analyses snap through <see cref="NetworkJoin.Snap"/>, which applies their <see cref="SnapPolicy"/>.
    /// </summary>
    public NetworkSnap? Snap(Coordinate point, double maxOffsetMeters)
    {
        ArgumentNullException.ThrowIfNull(point);
        var key = (point.X, point.Y, maxOffsetMeters);
        if (snaps.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = FindSnap(new Coordinate(point.X, point.Y), maxOffsetMeters);

        // The network lives as long as its road version, and siting snaps points planners make up: forget
        // everything once the memory is full rather than grow with every request.
        if (snaps.TryAdd(key, found) && Interlocked.Increment(ref remembered) > MaxRememberedSnaps)
        {
            snaps.Clear();
            Interlocked.Exchange(ref remembered, 0);
        }

        return found;
    }

    /// <summary>The arc running along <paramref name="edge"/> from its first vertex to its last that the profile may use, or -1.</summary>
    internal int ForwardArc(EdgeId edge) => forwardArc[edge.Value];

    /// <summary>The arc running along <paramref name="edge"/> from its last vertex to its first that the profile may use, or -1.</summary>
    internal int BackwardArc(EdgeId edge) => backwardArc[edge.Value];

    /// <summary>
    /// The cost of <paramref name="meters"/> travelled at the pace of <paramref name="arc"/> (an edge
    /// <paramref name="lengthMeters"/> long): the metres themselves on a metric network; on a timed one the
    /// seconds at that arc's speed, so an access leg is walked or driven as fast as the edge it joins.
    /// </summary>
    internal double CostOf(double meters, int arc, double lengthMeters)
    {
        if (Cost == NetworkCost.LengthMeters)
        {
            return meters;
        }

        var speed = lengthMeters > 0 ? lengthMeters / ArcCosts[arc] : Profile.SpeedFor(0);
        return meters / speed;
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
}
