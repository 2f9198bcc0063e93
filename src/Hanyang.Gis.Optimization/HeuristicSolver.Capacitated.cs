using System.Diagnostics;

namespace Hanyang.Gis.Optimization;

public static partial class HeuristicSolver
{
    /// <summary>
    /// Capacitated covering (see <see cref="ExactSolver.Capacitated"/>): each step adds the candidate whose
    /// opening raises the maximum-flow assignment most (at most one per site group), then best swaps. The
    /// demand served is a polymatroid rank function of the open set (flow to a set of sinks, Fujishige 2005 §2.2),
    /// hence submodular, so f(S) + the p largest marginal gains over distinct groups bounds the optimum.
    /// </summary>
    public static SiteSelection Capacitated(CapacitatedInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var groups = Enumerable.Range(0, instance.CandidateCount).Select(instance.Group).Distinct().Count();
        CheckCount(count, groups);
        var clock = Stopwatch.StartNew();
        var m = instance.CandidateCount;
        var open = new List<int>();
        long Served(IEnumerable<int> set) => instance.Assign([.. set]).Served;
        bool Allowed(int j, IEnumerable<int> set) => !set.Any(k => k == j || instance.Group(k) == instance.Group(j));

        var current = Served(open);
        for (var step = 0; step < count; step++)
        {
            var (best, bestValue) = (-1, -1L);
            for (var j = 0; j < m; j++)
            {
                if (Allowed(j, open) && Served(open.Append(j)) is var v && v > bestValue)
                {
                    (best, bestValue) = (j, v);
                }
            }

            open.Add(best);
            current = bestValue;
            options?.Cancellation.ThrowIfCancellationRequested();
            options?.Progress?.Report(new SolveProgress("greedy", current, double.NaN, 0.5 * (step + 1) / count));
        }

        var improved = true;
        while (improved)
        {
            improved = false;
            var (bestIn, bestOut, bestValue) = (-1, -1, current);
            foreach (var o in open.ToArray())
            {
                var rest = open.Where(k => k != o).ToArray();
                for (var j = 0; j < m; j++)
                {
                    if (j != o && Allowed(j, rest) && Served(rest.Append(j)) is var v && v > bestValue)
                    {
                        (bestIn, bestOut, bestValue) = (j, o, v);
                    }
                }
            }

            if (bestIn >= 0)
            {
                open[open.IndexOf(bestOut)] = bestIn;
                current = bestValue;
                improved = true;
            }
        }

        var gains = Enumerable.Range(0, m)
            .Where(j => !open.Contains(j))
            .Select(j => (Group: instance.Group(j), Gain: Served(open.Append(j)) - current))
            .GroupBy(g => g.Group)
            .Select(g => (double)g.Max(x => x.Gain))
            .ToArray();
        var reachable = ReachableDemand(instance);
        var bound = Math.Min(current + TopSum(gains, count, positiveOnly: true), reachable);
        options?.Cancellation.ThrowIfCancellationRequested();
        options?.Progress?.Report(new SolveProgress("bound", current, bound, 1));
        return Result(open, current, bound, bound <= current, clock);
    }

    /// <summary>Demand that some facility in place or candidate reaches: nothing can serve more.</summary>
    private static long ReachableDemand(CapacitatedInstance instance)
    {
        var reached = new bool[instance.DemandCount];
        foreach (var s in instance.Existing.Concat(instance.Candidates))
        {
            foreach (var i in s.Reaches)
            {
                reached[i] = true;
            }
        }

        return Enumerable.Range(0, instance.DemandCount).Where(i => reached[i]).Sum(instance.Demand);
    }
}
