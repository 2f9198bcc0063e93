namespace Hanyang.Gis.Network;

/// <summary>
/// Multi-source Dijkstra (Dijkstra 1959) that stops at a time budget. All sources start together, so each
/// vertex is labelled with the time from its nearest origin (one search answers "within 10 minutes of any
/// school"). A search's cost grows with what it reaches, not with the graph: the label arrays are
/// allocated once per instance and only touched entries are reset afterwards.
/// Not thread-safe: use one instance per thread (they are cheap next to the graph).
/// </summary>
public sealed class BoundedSearch
{
    private readonly RoadGraph graph;
    private readonly double[] arcSeconds;
    private readonly double[] best;
    private readonly int[] origin;
    private readonly bool[] settled;
    private readonly List<int> touched = [];
    private readonly PriorityQueue<int, double> queue = new();

    /// <summary>
    /// Creates a search over <paramref name="graph"/> with arc costs from <see cref="RoadGraph.ArcSeconds"/>, or
    /// from <see cref="RoadGraph.ArcMeters"/> for a distance search (then every "seconds" below reads "metres").
    /// </summary>
    public BoundedSearch(RoadGraph graph, double[] arcSeconds)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(arcSeconds);
        if (arcSeconds.Length != graph.ArcCount)
        {
            throw new ArgumentException($"{arcSeconds.Length} arc costs for {graph.ArcCount} arcs", nameof(arcSeconds));
        }

        this.graph = graph;
        this.arcSeconds = arcSeconds;
        best = new double[graph.VertexCount];
        Array.Fill(best, double.PositiveInfinity);
        origin = new int[graph.VertexCount];
        settled = new bool[graph.VertexCount];
    }

    /// <summary>Runs the search from <paramref name="sources"/> until <paramref name="budgetSeconds"/> is used up.</summary>
    /// <param name="sources">Where the search starts.</param>
    /// <param name="budgetSeconds">The time budget.</param>
    /// <param name="collectArcs">Also report the reached arcs (needed for service-circle geometry, not for reach times).</param>
    public Reach Run(ReadOnlySpan<SearchSource> sources, double budgetSeconds, bool collectArcs = true)
    {
        if (!(budgetSeconds >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(budgetSeconds), budgetSeconds, "the budget must be a number ≥ 0");
        }

        try
        {
            foreach (var source in sources)
            {
                var v = source.Vertex.Value;
                if ((uint)v >= (uint)best.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(sources), $"source {source.Vertex} is not in the graph");
                }

                if (source.StartSeconds <= budgetSeconds && Improves(v, source.StartSeconds, source.Origin))
                {
                    queue.Enqueue(v, source.StartSeconds);
                }
            }

            var vertices = new List<ReachedVertex>();
            var arcs = new List<ReachedArc>();
            var heads = graph.Heads;
            var first = graph.FirstArcs;
            while (queue.TryDequeue(out var u, out var time))
            {
                if (settled[u] || time > best[u])
                {
                    continue;
                }

                settled[u] = true;
                vertices.Add(new ReachedVertex(new VertexId(u), time, origin[u]));
                for (var a = first[u]; a < first[u + 1]; a++)
                {
                    var cost = arcSeconds[a];
                    if (double.IsPositiveInfinity(cost))
                    {
                        continue;
                    }

                    if (collectArcs)
                    {
                        var remaining = budgetSeconds - time;
                        var fraction = cost <= remaining ? 1.0 : remaining / cost;
                        if (fraction > 0)
                        {
                            arcs.Add(new ReachedArc(a, graph.ArcEdge(a), new VertexId(u), time, fraction, origin[u]));
                        }
                    }

                    var arrival = time + cost;
                    var v = heads[a];
                    if (arrival <= budgetSeconds && !settled[v] && Improves(v, arrival, origin[u]))
                    {
                        queue.Enqueue(v, arrival);
                    }
                }
            }

            return new Reach(budgetSeconds, vertices.ToArray(), arcs.ToArray());
        }
        finally
        {
            foreach (var v in touched)
            {
                best[v] = double.PositiveInfinity;
                settled[v] = false;
            }

            touched.Clear();
            queue.Clear();
        }
    }

    private bool Improves(int v, double time, int from)
    {
        if (time >= best[v])
        {
            return false;
        }

        if (double.IsPositiveInfinity(best[v]))
        {
            touched.Add(v);
        }

        best[v] = time;
        origin[v] = from;
        return true;
    }
}
