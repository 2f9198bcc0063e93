using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Optimization;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// siting-vs-exact: the greedy+swap heuristic against the exact CP-SAT optimum on maximal covering instances of
/// 1000 demand points × 100 candidates (uniform on a 10 km square, integer weights, coverage within 1 km),
/// p ∈ {5, 10, 20}. Prints each gap and time ratio; last line worst_gap_percent=&lt;x&gt; min_speedup=&lt;y&gt;.
/// </summary>
internal static class SitingBenchmark
{
    public static int Run(int demand, int candidates, int[] counts, int heuristicRuns)
    {
        var inv = CultureInfo.InvariantCulture;
        var (worstGap, minSpeedup) = (0.0, double.PositiveInfinity);
        foreach (var p in counts)
        {
            var instance = Instance(seed: 2026 + p, demand, candidates);
            _ = ExactSolver.MaximalCovering(Instance(seed: 1, 200, 20), 3); // warm-up: loads OR-Tools' native library
            var exact = ExactSolver.MaximalCovering(instance, p, new SolveOptions(TimeSpan.FromMinutes(5)));
            // Warm-up until the JIT has promoted the hot loops to optimised code (tiered compilation needs ~30 calls).
            for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 500;)
            {
                _ = HeuristicSolver.MaximalCovering(instance, p);
            }

            var times = new List<double>();
            SiteSelection heuristic = null!;
            for (var r = 0; r < heuristicRuns; r++)
            {
                var watch = Stopwatch.StartNew();
                heuristic = HeuristicSolver.MaximalCovering(instance, p);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            var median = times.Order().ElementAt(times.Count / 2);
            var gap = (exact.Objective - heuristic.Objective) / exact.Objective * 100;
            var speedup = exact.Elapsed.TotalMilliseconds / median;
            (worstGap, minSpeedup) = (Math.Max(worstGap, gap), Math.Min(minSpeedup, speedup));
            Console.WriteLine(string.Create(inv, $"p={p}: exact {exact.Objective:N0} ({exact.Status}, bound {exact.Bound:N0}) in {exact.Elapsed.TotalMilliseconds:0} ms; heuristic {heuristic.Objective:N0} (own bound {heuristic.Bound:N0}, {heuristic.GapPercent:0.00} % from it) median {median:0.0} ms over {heuristicRuns}; gap {gap:0.000} %, speedup {speedup:0}×"));
            if (exact.Status != SolveStatus.Optimal)
            {
                Console.WriteLine($"p={p}: the exact solver did not prove optimality; the gap above is to its best solution");
            }
        }

        Console.WriteLine(string.Create(inv, $"worst_gap_percent={worstGap:0.000} min_speedup={minSpeedup:0}"));
        return 0;
    }

    internal static CoverageInstance Instance(int seed, int demand, int candidates)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, demand).Select(_ => (X: random.NextDouble() * 10_000, Y: random.NextDouble() * 10_000)).ToArray();
        var weights = points.Select(_ => (long)random.Next(200, 5000)).ToArray();
        var sites = Enumerable.Range(0, candidates).Select(_ => (X: random.NextDouble() * 10_000, Y: random.NextDouble() * 10_000)).ToArray();
        var covers = sites.Select(s => (IReadOnlyList<int>)[.. Enumerable.Range(0, demand).Where(i => Math.Pow(points[i].X - s.X, 2) + Math.Pow(points[i].Y - s.Y, 2) <= 1000 * 1000)]).ToArray();
        return new CoverageInstance(weights, covers);
    }
}
