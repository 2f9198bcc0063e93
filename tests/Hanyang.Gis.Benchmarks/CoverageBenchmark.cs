using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// Coverage of the whole Hanyang dataset — every facility kind × {5, 10, 15 min walk, 10 min drive} —
/// timed after the graph is built and the JIT is warm (median of several rounds; the cold first round is printed too), the requests spread over the machine's cores.
/// </summary>
internal static class CoverageBenchmark
{
    public static int Run(int rounds)
    {
        var inv = CultureInfo.InvariantCulture;
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory() ?? throw new InvalidOperationException("geodata/hanyang not found"));
        var build = Stopwatch.StartNew();
        var network = PlanNetworkBuilder.Build(plan.Roads);
        Console.WriteLine(string.Create(inv, $"hanyang graph: {network.Graph.VertexCount:N0} vertices, {network.Graph.ArcCount:N0} arcs, built in {build.ElapsedMilliseconds} ms"));
        var analyzer = new CoverageAnalyzer(plan, network);
        var requests = Enum.GetValues<FacilityKind>().SelectMany(kind => new[]
        {
            new CoverageRequest(kind, TravelProfiles.Walking(), 5),
            new CoverageRequest(kind, TravelProfiles.Walking(), 10),
            new CoverageRequest(kind, TravelProfiles.Walking(), 15),
            new CoverageRequest(kind, TravelProfiles.Driving(), 10),
        }).ToArray();
        long Round()
        {
            // The analyzer is safe to share: requests run on every core, as a server would run them.
            var results = new long[requests.Length];
            Parallel.For(0, requests.Length, i => results[i] = analyzer.Compute(requests[i]).District.CoveredPopulation);
            return results.Sum();
        }

        var first = Stopwatch.StartNew();
        var covered = Round();
        Console.WriteLine(string.Create(inv, $"first round (cold: JIT and snapping caches): {first.Elapsed.TotalMilliseconds:0.0} ms"));

        // Warm-up as a long-running server is warm: until tiered compilation has optimised the hot loops.
        for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 3000;)
        {
            Round();
        }

        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            covered = Round();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(inv, $"{requests.Length} coverage computations, {covered:N0} covered person-requests in total; median of {rounds} warm rounds"));
        var median = times.Order().ElementAt(times.Count / 2);
        Console.WriteLine(string.Create(inv, $"coverage_all_kinds_ms={median:0.0}"));
        return 0;
    }
}
