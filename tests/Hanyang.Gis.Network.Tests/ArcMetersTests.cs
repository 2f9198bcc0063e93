namespace Hanyang.Gis.Network.Tests;

public class ArcMetersTests
{
    [Fact]
    public void ArcMeters_ClosedClassAndNoAccess_AreInfiniteAndTheRestCostTheirLength()
    {
        var builder = new RoadGraphBuilder();
        var a = builder.AddVertex();
        var b = builder.AddVertex();
        var c = builder.AddVertex();
        var d = builder.AddVertex();
        builder.AddEdge(a, b, 10, GridCity.ExpresswayClass, true, true, false); // class closed to walking (speed 0)
        builder.AddEdge(a, c, 20, GridCity.LocalClass, false, true, false);     // not walkable
        builder.AddEdge(a, d, 30, GridCity.LocalClass, true, true, false);
        var graph = builder.Build();

        var meters = graph.ArcMeters(GridCity.Walk45);

        Assert.Equal(6, meters.Length);
        Assert.Equal(
            Enumerable.Range(0, graph.ArcCount).Select(arc => graph.ArcLengthMeters(arc) == 30 ? 30 : double.PositiveInfinity).ToArray(),
            meters);
    }

    [Fact]
    public void Run_OverArcMeters_MeasuresTheShortestDistanceNotTheFastestTrip()
    {
        // a→b directly is 1000 m of a slow class; a→c→b is 1500 m of a class twice as fast.
        var builder = new RoadGraphBuilder();
        var a = builder.AddVertex();
        var b = builder.AddVertex();
        var c = builder.AddVertex();
        builder.AddEdge(a, b, 1000, 0, true, true, false);
        builder.AddEdge(a, c, 750, 1, true, true, false);
        builder.AddEdge(c, b, 750, 1, true, true, false);
        var graph = builder.Build();
        var drive = new TravelProfile("drive", TravelMode.Drive, [5.0, 10.0]);

        Assert.Equal(150, new BoundedSearch(graph, graph.ArcSeconds(drive)).Run([new SearchSource(a, 0, 0)], 1e6).SecondsTo(b), 1e-9);
        Assert.Equal(1000, new BoundedSearch(graph, graph.ArcMeters(drive)).Run([new SearchSource(a, 0, 0)], 1e6).SecondsTo(b), 1e-9);
    }
}
