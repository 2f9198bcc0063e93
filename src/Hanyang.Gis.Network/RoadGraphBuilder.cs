namespace Hanyang.Gis.Network;

/// <summary>
/// Collects vertices and undirected edges, then builds a <see cref="RoadGraph"/>. Each edge gets an arc
/// in each direction that someone may use: walking both ways when walkable, driving forward (and
/// backward unless one-way) when drivable.
/// </summary>
public sealed class RoadGraphBuilder
{
    private readonly List<(int From, int To, float Length, byte Class, bool Walk, bool Drive, bool OneWay)> edges = [];
    private int vertexCount;

    /// <summary>Adds a vertex and returns its id.</summary>
    public VertexId AddVertex() => new(vertexCount++);

    /// <summary>Adds <paramref name="count"/> vertices; their ids are consecutive from the returned one.</summary>
    public VertexId AddVertices(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var first = new VertexId(vertexCount);
        vertexCount += count;
        return first;
    }

    /// <summary>Adds an undirected edge and returns its id.</summary>
    /// <param name="from">The vertex the geometry starts at.</param>
    /// <param name="to">The vertex the geometry ends at.</param>
    /// <param name="lengthMeters">Length along the road.</param>
    /// <param name="roadClass">Road class index (0–255) looked up in <see cref="TravelProfile"/>.</param>
    /// <param name="walkable">Pedestrians may use it (both directions).</param>
    /// <param name="drivable">Cars may use it.</param>
    /// <param name="oneWay">Cars may drive only from <paramref name="from"/> to <paramref name="to"/>.</param>
    public EdgeId AddEdge(VertexId from, VertexId to, double lengthMeters, int roadClass, bool walkable, bool drivable, bool oneWay)
    {
        if ((uint)from.Value >= (uint)vertexCount || (uint)to.Value >= (uint)vertexCount)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"edge {from}→{to} names a vertex that was not added");
        }

        if (!double.IsFinite(lengthMeters) || lengthMeters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthMeters), lengthMeters, "length must be finite and not negative");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(roadClass);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(roadClass, byte.MaxValue);
        edges.Add((from.Value, to.Value, (float)lengthMeters, (byte)roadClass, walkable, drivable, oneWay));
        return new EdgeId(edges.Count - 1);
    }

    /// <summary>Builds the graph (counting sort of arcs by tail vertex; O(V + E)).</summary>
    public RoadGraph Build()
    {
        var arcs = new List<(int Tail, int Head, int Edge, ArcAccess Access)>(edges.Count * 2);
        for (var e = 0; e < edges.Count; e++)
        {
            var (from, to, _, _, walk, drive, oneWay) = edges[e];
            var forward = (walk ? ArcAccess.Walk : ArcAccess.None) | (drive ? ArcAccess.Drive : ArcAccess.None);
            var backward = (walk ? ArcAccess.Walk : ArcAccess.None) | (drive && !oneWay ? ArcAccess.Drive : ArcAccess.None);
            if (forward != ArcAccess.None)
            {
                arcs.Add((from, to, e, forward));
            }

            if (backward != ArcAccess.None)
            {
                arcs.Add((to, from, e, backward));
            }
        }

        var firstArc = new int[vertexCount + 1];
        foreach (var arc in arcs)
        {
            firstArc[arc.Tail + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            firstArc[v + 1] += firstArc[v];
        }

        var next = firstArc[..^1].ToArray();
        var head = new int[arcs.Count];
        var length = new float[arcs.Count];
        var roadClass = new byte[arcs.Count];
        var access = new ArcAccess[arcs.Count];
        var edge = new int[arcs.Count];
        foreach (var arc in arcs)
        {
            var slot = next[arc.Tail]++;
            head[slot] = arc.Head;
            length[slot] = edges[arc.Edge].Length;
            roadClass[slot] = edges[arc.Edge].Class;
            access[slot] = arc.Access;
            edge[slot] = arc.Edge;
        }

        return new RoadGraph(firstArc, head, length, roadClass, access, edge, edges.Select(e => e.Length).ToArray());
    }
}
