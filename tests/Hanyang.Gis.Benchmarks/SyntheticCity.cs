using Hanyang.Gis.Network;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// A synthetic grid city of about <c>nodes</c> vertices: blocks of 80–120 m (random, fixed seed, so no
/// two routes tie at the budget), every street two-way and walkable.
/// </summary>
internal sealed class SyntheticCity
{
    private SyntheticCity(int side, RoadGraph graph, (int From, int To, double Meters)[] edges)
    {
        Side = side;
        Graph = graph;
        Edges = edges;
    }

    public int Side { get; }

    public RoadGraph Graph { get; }

    public (int From, int To, double Meters)[] Edges { get; }

    public static SyntheticCity Create(int nodes, int seed = 20261202)
    {
        var side = (int)Math.Ceiling(Math.Sqrt(nodes));
        var random = new Random(seed);
        var builder = new RoadGraphBuilder();
        builder.AddVertices(side * side);
        var edges = new List<(int, int, double)>(2 * side * side);
        for (var j = 0; j < side; j++)
        {
            for (var i = 0; i < side; i++)
            {
                var v = (j * side) + i;
                if (i + 1 < side)
                {
                    edges.Add((v, v + 1, 80 + (random.NextDouble() * 40)));
                }

                if (j + 1 < side)
                {
                    edges.Add((v, v + side, 80 + (random.NextDouble() * 40)));
                }
            }
        }

        foreach (var (from, to, meters) in edges)
        {
            builder.AddEdge(new VertexId(from), new VertexId(to), meters, 0, true, true, false);
        }

        return new SyntheticCity(side, builder.Build(), edges.ToArray());
    }
}
