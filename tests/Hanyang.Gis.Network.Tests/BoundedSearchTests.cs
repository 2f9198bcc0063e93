namespace Hanyang.Gis.Network.Tests;

public class BoundedSearchTests
{
    [Fact]
    public void Run_TenMinuteWalkOnAGridCity_ReachesTheDiamondWorkedOutOnPaper()
    {
        // 11 × 11 grid, 100 m blocks, 4.5 km/h = 1.25 m/s: 600 s reach 750 m of Manhattan distance.
        // From the centre (5,5) every vertex with |di| + |dj| ≤ 7 is reached: the full diamond has
        // 2·7² + 2·7 + 1 = 113 vertices, of which 16 (an offset of 6 or 7 along one axis) lie outside the
        // grid's ±5: 97.
        var graph = GridCity.Build(11, 11, 100);
        var search = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45));

        var reach = search.Run([new SearchSource(GridCity.Vertex(11, 5, 5), 0, 0)], 600);

        var expected = 0;
        for (var di = -5; di <= 5; di++)
        {
            for (var dj = -5; dj <= 5; dj++)
            {
                expected += Math.Abs(di) + Math.Abs(dj) <= 7 ? 1 : 0;
            }
        }

        Assert.Equal(97, expected);
        Assert.Equal(expected, reach.Vertices.Count);
        Assert.Equal(560, reach.SecondsTo(GridCity.Vertex(11, 0, 3)), 1e-9); // 700 m / 1.25 m/s
        Assert.Equal(double.PositiveInfinity, reach.SecondsTo(GridCity.Vertex(11, 0, 2)));
    }

    [Fact]
    public void Run_BudgetEndingMidEdge_ReachesExactlyThatFraction()
    {
        // A line of 3 vertices 100 m apart; 120 s at 1.25 m/s = 150 m: the second edge is reached half-way.
        var builder = new RoadGraphBuilder();
        var a = builder.AddVertex();
        var b = builder.AddVertex();
        var c = builder.AddVertex();
        builder.AddEdge(a, b, 100, 0, true, false, false);
        var bc = builder.AddEdge(b, c, 100, 0, true, false, false);
        var graph = builder.Build();

        var reach = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45)).Run([new SearchSource(a, 0, 0)], 120);

        var partial = Assert.Single(reach.Arcs, r => r.Edge == bc && r.Tail == b);
        Assert.Equal(0.5, partial.Fraction, 1e-12);
        Assert.Equal(double.PositiveInfinity, reach.SecondsTo(c));
    }

    [Fact]
    public void Run_SeveralSources_LabelsEachVertexWithItsNearestOrigin()
    {
        var graph = GridCity.Build(10, 1, 100);
        var search = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45));

        var reach = search.Run([new SearchSource(new VertexId(0), 0, 7), new SearchSource(new VertexId(9), 40, 8)], 1000);

        Assert.Equal(10, reach.Vertices.Count);
        Assert.Equal(7, reach.Find(new VertexId(4))!.Value.Origin);   // 320 s from 0, 40 + 400 s from 9
        Assert.Equal(8, reach.Find(new VertexId(5))!.Value.Origin);   // 400 s from 0, 40 + 320 s from 9
        Assert.Equal(360, reach.SecondsTo(new VertexId(5)), 1e-9);
    }

    [Fact]
    public void Run_SourceWithAccessLeg_CountsTheLegAgainstTheBudget()
    {
        var graph = GridCity.Build(10, 1, 100);

        var reach = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45)).Run([new SearchSource(new VertexId(0), 100, 0)], 300);

        Assert.Equal(3, reach.Vertices.Count); // 100 s leg + 80 s per block: vertices 0, 1, 2 (260 s)
    }

    [Fact]
    public void Run_WalkingProfile_NeverUsesAClosedClassOrNonWalkableArc()
    {
        var builder = new RoadGraphBuilder();
        var a = builder.AddVertex();
        var b = builder.AddVertex();
        var c = builder.AddVertex();
        builder.AddEdge(a, b, 10, GridCity.ExpresswayClass, true, true, false); // class closed to walking (speed 0)
        builder.AddEdge(a, c, 10, GridCity.LocalClass, false, true, false);     // not walkable
        var graph = builder.Build();

        var reach = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45)).Run([new SearchSource(a, 0, 0)], 1e6);

        Assert.Single(reach.Vertices);
        Assert.Empty(reach.Arcs);
    }

    [Fact]
    public void Run_OneWayStreet_DrivesOnlyForward()
    {
        var builder = new RoadGraphBuilder();
        var a = builder.AddVertex();
        var b = builder.AddVertex();
        builder.AddEdge(a, b, 100, 0, true, true, oneWay: true);
        var graph = builder.Build();
        var drive = new TravelProfile("drive", TravelMode.Drive, [10.0]);
        var search = new BoundedSearch(graph, graph.ArcSeconds(drive));

        Assert.Equal(10, search.Run([new SearchSource(a, 0, 0)], 100).SecondsTo(b), 1e-6);
        Assert.Equal(double.PositiveInfinity, search.Run([new SearchSource(b, 0, 0)], 100).SecondsTo(a));
        var walk = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45));
        Assert.Equal(80, walk.Run([new SearchSource(b, 0, 0)], 100).SecondsTo(a), 1e-6); // pedestrians may walk against the one-way
    }

    [Fact]
    public void Run_RandomSmallGraphs_EqualsBruteForceBellmanFord()
    {
        var random = new Random(20261202);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(2, 30);
            var builder = new RoadGraphBuilder();
            builder.AddVertices(n);
            var edges = new List<(int From, int To, double Seconds, bool OneWay)>();
            var m = random.Next(0, n * 3);
            for (var e = 0; e < m; e++)
            {
                var (from, to) = (random.Next(n), random.Next(n));
                var length = random.Next(1, 500);
                var oneWay = random.Next(4) == 0;
                builder.AddEdge(new VertexId(from), new VertexId(to), length, 0, false, true, oneWay);
                edges.Add((from, to, length / 10.0, oneWay));
            }

            var graph = builder.Build();
            var budget = random.Next(0, 200);
            var source = random.Next(n);
            var reach = new BoundedSearch(graph, graph.ArcSeconds(new TravelProfile("d", TravelMode.Drive, [10.0]))).Run([new SearchSource(new VertexId(source), 0, 0)], budget);

            var reference = BellmanFord(n, edges, source);
            for (var v = 0; v < n; v++)
            {
                var expected = reference[v] <= budget ? reference[v] : double.PositiveInfinity;
                Assert.Equal(expected, reach.SecondsTo(new VertexId(v)), 1e-4);
            }
        }
    }

    [Fact]
    public void Run_LongerBudget_AlwaysReachesASuperset()
    {
        var graph = GridCity.Build(30, 30, 83);
        var search = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45));
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var source = new SearchSource(new VertexId(random.Next(graph.VertexCount)), 0, 0);
            var shorter = random.NextDouble() * 900;
            var longer = shorter + (random.NextDouble() * 300);

            var small = search.Run([source], shorter).Vertices.Select(v => v.Vertex).ToHashSet();
            var large = search.Run([source], longer).Vertices.Select(v => v.Vertex).ToHashSet();

            Assert.True(small.IsSubsetOf(large));
        }
    }

    [Fact]
    public void Run_Repeatedly_GivesTheSameAnswer()
    {
        var graph = GridCity.Build(20, 20, 100);
        var search = new BoundedSearch(graph, graph.ArcSeconds(GridCity.Walk45));

        var first = search.Run([new SearchSource(new VertexId(0), 0, 0)], 900).Vertices;
        _ = search.Run([new SearchSource(new VertexId(399), 0, 0)], 2000);
        var again = search.Run([new SearchSource(new VertexId(0), 0, 0)], 900).Vertices;

        Assert.Equal(first, again);
    }

    [Fact]
    public void Graph_Memory_IsWithin64BytesPerVertexAnd16PerEdge()
    {
        var graph = GridCity.Build(100, 100, 100);

        Assert.True(graph.MemoryBytes <= (64L * graph.VertexCount) + (16L * graph.ArcCount), $"{graph.MemoryBytes} bytes for {graph.VertexCount} vertices and {graph.ArcCount} arcs");
    }

    private static double[] BellmanFord(int n, List<(int From, int To, double Seconds, bool OneWay)> edges, int source)
    {
        var dist = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        dist[source] = 0;
        for (var round = 0; round < n; round++)
        {
            foreach (var (from, to, seconds, oneWay) in edges)
            {
                dist[to] = Math.Min(dist[to], dist[from] + seconds);
                if (!oneWay)
                {
                    dist[from] = Math.Min(dist[from], dist[to] + seconds);
                }
            }
        }

        return dist;
    }
}
