namespace Hanyang.Gis.Optimization;

/// <summary>
/// Maximum flow by Dinic's algorithm (Dinic 1970) on the bipartite network source → demand points →
/// facilities → sink, which is how demand is best assigned to capacitated facilities.
/// </summary>
internal static class MaxFlow
{
    public static CapacitatedAssignment Assign(long[] demand, IReadOnlyList<CapacitatedInstance.Supply> supplies)
    {
        var n = demand.Length;
        var f = supplies.Count;
        var source = n + f;
        var sink = source + 1;
        var graph = new Graph(sink + 1);
        for (var i = 0; i < n; i++)
        {
            if (demand[i] > 0)
            {
                graph.Add(source, i, demand[i]);
            }
        }

        var links = new List<(int Facility, int Demand, int Edge)>();
        for (var k = 0; k < f; k++)
        {
            foreach (var i in supplies[k].Reaches)
            {
                if (demand[i] > 0)
                {
                    links.Add((k, i, graph.Add(i, n + k, demand[i])));
                }
            }

            if (supplies[k].Capacity > 0)
            {
                graph.Add(n + k, sink, supplies[k].Capacity);
            }
        }

        var served = graph.Run(source, sink);
        var byFacility = new long[f];
        var atDemand = new long[n];
        var flows = new List<(int, int, long)>();
        foreach (var (k, i, e) in links)
        {
            var units = graph.Flow(e);
            if (units > 0)
            {
                byFacility[k] += units;
                atDemand[i] += units;
                flows.Add((k, i, units));
            }
        }

        return new CapacitatedAssignment(served, byFacility, atDemand, flows);
    }

    private sealed class Graph(int vertices)
    {
        private readonly List<int>[] adjacency = [.. Enumerable.Range(0, vertices).Select(_ => new List<int>())];
        private readonly List<int> head = [];
        private readonly List<long> capacity = [];
        private readonly List<long> original = [];
        private int[] level = [];
        private int[] next = [];

        public int Add(int from, int to, long units)
        {
            var e = head.Count;
            adjacency[from].Add(e);
            head.Add(to);
            capacity.Add(units);
            original.Add(units);
            adjacency[to].Add(e + 1);
            head.Add(from);
            capacity.Add(0);
            original.Add(0);
            return e;
        }

        public long Flow(int edge) => original[edge] - capacity[edge];

        public long Run(int source, int sink)
        {
            long total = 0;
            while (Levels(source, sink))
            {
                next = new int[adjacency.Length];
                long pushed;
                while ((pushed = Push(source, sink, long.MaxValue)) > 0)
                {
                    total += pushed;
                }
            }

            return total;
        }

        private bool Levels(int source, int sink)
        {
            level = Enumerable.Repeat(-1, adjacency.Length).ToArray();
            level[source] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(source);
            while (queue.TryDequeue(out var v))
            {
                foreach (var e in adjacency[v])
                {
                    if (capacity[e] > 0 && level[head[e]] < 0)
                    {
                        level[head[e]] = level[v] + 1;
                        queue.Enqueue(head[e]);
                    }
                }
            }

            return level[sink] >= 0;
        }

        private long Push(int v, int sink, long limit)
        {
            if (v == sink)
            {
                return limit;
            }

            for (; next[v] < adjacency[v].Count; next[v]++)
            {
                var e = adjacency[v][next[v]];
                var w = head[e];
                if (capacity[e] <= 0 || level[w] != level[v] + 1)
                {
                    continue;
                }

                var pushed = Push(w, sink, Math.Min(limit, capacity[e]));
                if (pushed > 0)
                {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }

            return 0;
        }
    }
}
