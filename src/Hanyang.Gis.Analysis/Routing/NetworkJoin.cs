using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// How every analysis joins points to the network and travels between them, written once: a point snaps to
/// the nearest usable edge within the <see cref="SnapPolicy"/>; it leaves (exits) and is entered (entries)
/// through the ends of that edge the profile may use, the access leg and the stretch along the edge costed at
/// that edge's pace; a bounded multi-source search (<see cref="BoundedSearch"/>) runs between the ends; and two
/// points on the same edge also travel directly along it when the profile may go that way (the same-edge
/// shortcut, which no vertex-to-vertex search can see). Costs are in the unit of the network's
/// <see cref="ProfiledNetwork.Cost"/>: seconds, or metres on a <see cref="ProfiledNetwork.Metric"/> network.
/// Thread-safe; searches are not (pass one <see cref="BoundedSearch"/> per thread, or let each call make one).
/// </summary>
public sealed class NetworkJoin
{
    /// <summary>Joins points to <paramref name="network"/> under <paramref name="policy"/> (<see cref="SnapPolicy.Default"/> when null).</summary>
    public NetworkJoin(ProfiledNetwork network, SnapPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
        Policy = policy ?? SnapPolicy.Default;
    }

    /// <summary>The network points join.</summary>
    public ProfiledNetwork Network { get; }

    /// <summary>How far a point may lie from the edge it joins.</summary>
    public SnapPolicy Policy { get; }

    /// <summary>Where <paramref name="point"/> joins the network; null when it is off the network (no usable edge within the policy's distance).</summary>
    public NetworkSnap? Snap(Point point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Network.Snap(point.Coordinate, Policy.MaxOffsetMeters);
    }

    /// <summary>
    /// The ways out of a snapped point onto the graph: for each end of its edge the profile may travel to, the
    /// vertex, the cost including the access leg, and whether it is the edge's last vertex (true) or first.
    /// </summary>
    public IEnumerable<(VertexId Vertex, double Cost, bool TowardsEnd)> Exits(NetworkSnap snap)
    {
        var length = Network.Network.Graph.EdgeLengthMeters(snap.Edge);
        if (Network.ForwardArc(snap.Edge) is var forward and >= 0)
        {
            yield return (Network.Network.Graph.ArcHead(forward), Network.CostOf(snap.OffsetMeters + length - snap.AlongMeters, forward, length), true);
        }

        if (Network.BackwardArc(snap.Edge) is var backward and >= 0)
        {
            yield return (Network.Network.Graph.ArcHead(backward), Network.CostOf(snap.OffsetMeters + snap.AlongMeters, backward, length), false);
        }
    }

    /// <summary>
    /// The ways into a snapped point from the graph: (vertex, cost) for each end of its edge from which the
    /// profile may travel to the point, the access leg included.
    /// </summary>
    public IEnumerable<(VertexId Vertex, double Cost)> Entries(NetworkSnap snap)
    {
        var length = Network.Network.Graph.EdgeLengthMeters(snap.Edge);
        var (first, last) = Network.Network.EdgeVertices[snap.Edge.Value];
        if (Network.ForwardArc(snap.Edge) is var forward and >= 0)
        {
            yield return (first, Network.CostOf(snap.AlongMeters + snap.OffsetMeters, forward, length));
        }

        if (Network.BackwardArc(snap.Edge) is var backward and >= 0)
        {
            yield return (last, Network.CostOf(length - snap.AlongMeters + snap.OffsetMeters, backward, length));
        }
    }

    /// <summary>
    /// The cost of travelling directly along one edge between two snapped points on it (both access legs
    /// included); +∞ when they are on different edges or the profile may not go that way (one-way).
    /// </summary>
    public double SameEdgeCost(NetworkSnap from, NetworkSnap to)
    {
        if (from.Edge != to.Edge)
        {
            return double.PositiveInfinity;
        }

        var length = Network.Network.Graph.EdgeLengthMeters(from.Edge);
        var arc = to.AlongMeters >= from.AlongMeters ? Network.ForwardArc(from.Edge) : Network.BackwardArc(from.Edge);
        return arc < 0 ? double.PositiveInfinity : Network.CostOf(Math.Abs(to.AlongMeters - from.AlongMeters) + from.OffsetMeters + to.OffsetMeters, arc, length);
    }

    /// <summary>
    /// One bounded search out of all <paramref name="origins"/> at once (null ones, off the network, take no
    /// part); a reached point reports the origin nearest to it by its index in <paramref name="origins"/>.
    /// </summary>
    /// <param name="origins">Where the search starts.</param>
    /// <param name="budget">The budget, in the network's cost unit.</param>
    /// <param name="collectArcs">Also keep the reached arcs (for service-circle geometry and routes).</param>
    /// <param name="search">A search over this network to reuse; a new one when null.</param>
    public JoinedReach Search(IReadOnlyList<NetworkSnap?> origins, double budget, bool collectArcs = false, BoundedSearch? search = null)
    {
        ArgumentNullException.ThrowIfNull(origins);
        var sources = new List<SearchSource>();
        for (var i = 0; i < origins.Count; i++)
        {
            if (origins[i] is { } origin)
            {
                sources.AddRange(Exits(origin).Select(x => new SearchSource(x.Vertex, x.Cost, i)));
            }
        }

        var reach = (search ?? Network.CreateSearch()).Run(sources.ToArray(), budget, collectArcs);
        return new JoinedReach(this, origins, reach);
    }

    /// <summary>One bounded search out of <paramref name="origin"/> (origin index 0); see <see cref="Search(IReadOnlyList{NetworkSnap?}, double, bool, BoundedSearch?)"/>.</summary>
    public JoinedReach Search(NetworkSnap origin, double budget, bool collectArcs = false, BoundedSearch? search = null) =>
        Search([origin], budget, collectArcs, search);

    /// <summary>
    /// Many points to be reached from many searches (communities from each facility or candidate site), indexed
    /// by the vertices that lead into them, so reading a search costs what it reached, not the number of points.
    /// </summary>
    public JoinedTargets Targets(IReadOnlyList<NetworkSnap?> targets) => new(this, targets);
}
