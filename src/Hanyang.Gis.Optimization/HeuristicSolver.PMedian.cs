using System.Diagnostics;

namespace Hanyang.Gis.Optimization;

public static partial class HeuristicSolver
{
    /// <summary>
    /// p-median (see <see cref="ExactSolver.PMedian"/>): greedy by cost saved, Teitz–Bart swaps, and the
    /// Lagrangian lower bound of the relaxed assignment constraints (rounded up: costs and weights are integers).
    /// </summary>
    public static SiteSelection PMedian(CostInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckCount(count, instance.CandidateCount);
        var clock = Stopwatch.StartNew();
        var n = instance.DemandCount;
        var m = instance.CandidateCount;

        // Dense weighted costs w·c (fallback where a candidate does not serve the point).
        var cost = new long[n][];
        var fallback = new long[n];
        for (var i = 0; i < n; i++)
        {
            fallback[i] = instance.Weight(i) * instance.FallbackCost(i);
            cost[i] = Enumerable.Repeat(fallback[i], m).ToArray();
            foreach (var (j, c) in instance.Options(i))
            {
                cost[i][j] = instance.Weight(i) * c;
            }
        }

        var open = new List<int>();
        var current = (long[])fallback.Clone();
        for (var step = 0; step < count; step++)
        {
            var (best, bestSaving) = (-1, -1L);
            for (var j = 0; j < m; j++)
            {
                if (open.Contains(j))
                {
                    continue;
                }

                long saving = 0;
                for (var i = 0; i < n; i++)
                {
                    saving += Math.Max(0, current[i] - cost[i][j]);
                }

                if (saving > bestSaving)
                {
                    (best, bestSaving) = (j, saving);
                }
            }

            open.Add(best);
            for (var i = 0; i < n; i++)
            {
                current[i] = Math.Min(current[i], cost[i][best]);
            }
        }

        options?.Cancellation.ThrowIfCancellationRequested();

        options?.Progress?.Report(new SolveProgress("greedy", current.Sum(), double.NaN, 0.3));

        // Teitz–Bart: with each point's best and second-best open cost, the cost after swapping `out` for `in` is
        // min(cost[in], out is its best ? second : best), summed.
        var first = new long[n];
        var firstSite = new int[n];
        var second = new long[n];
        while (true)
        {
            for (var i = 0; i < n; i++)
            {
                (first[i], firstSite[i], second[i]) = (fallback[i], -1, fallback[i]);
                foreach (var j in open)
                {
                    var c = cost[i][j];
                    if (c < first[i])
                    {
                        (second[i], first[i], firstSite[i]) = (first[i], c, j);
                    }
                    else if (c < second[i])
                    {
                        second[i] = c;
                    }
                }
            }

            var total = first.Sum();
            var (bestIn, bestOut, bestTotal) = (-1, -1, total);
            for (var j = 0; j < m; j++)
            {
                if (open.Contains(j))
                {
                    continue;
                }

                foreach (var o in open)
                {
                    long t = 0;
                    for (var i = 0; i < n; i++)
                    {
                        t += Math.Min(cost[i][j], firstSite[i] == o ? second[i] : first[i]);
                    }

                    if (t < bestTotal)
                    {
                        (bestIn, bestOut, bestTotal) = (j, o, t);
                    }
                }
            }

            if (bestIn < 0)
            {
                break;
            }

            open[open.IndexOf(bestOut)] = bestIn;
        }

        var objective = (double)instance.TotalCost(open);
        var bound = Math.Min(objective, Math.Ceiling(LagrangianMedianBound(cost, fallback, count, objective) - 1e-6));
        options?.Cancellation.ThrowIfCancellationRequested();
        options?.Progress?.Report(new SolveProgress("bound", objective, bound, 1));
        return Result(open, objective, bound, bound >= objective, clock);
    }

    /// <summary>
    /// Lagrangian lower bound of p-median: relaxing "each point served once" with multipliers λᵢ gives
    /// L(λ) = Σᵢ λᵢ + Σᵢ min(0, wᵢfᵢ − λᵢ) + (sum of the p smallest ρⱼ), ρⱼ = Σᵢ min(0, wᵢcᵢⱼ − λᵢ); maximised by subgradient.
    /// </summary>
    private static double LagrangianMedianBound(long[][] cost, long[] fallback, int count, double feasible)
    {
        var n = cost.Length;
        var m = n == 0 ? 0 : cost[0].Length;
        var lambda = fallback.Select(f => (double)f).ToArray();
        var best = double.NegativeInfinity;
        var theta = 2.0;
        var stale = 0;
        var rho = new double[m];
        var served = new int[n];
        for (var iteration = 0; iteration < BoundIterations && theta > 1e-4; iteration++)
        {
            double value = 0;
            for (var i = 0; i < n; i++)
            {
                value += lambda[i] + Math.Min(0, fallback[i] - lambda[i]);
            }

            Array.Clear(rho);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    if (cost[i][j] < lambda[i])
                    {
                        rho[j] += cost[i][j] - lambda[i];
                    }
                }
            }

            var chosen = Enumerable.Range(0, m).OrderBy(j => rho[j]).ThenBy(j => j).Take(count).ToArray();
            value += chosen.Sum(j => rho[j]);
            if (value > best + 1e-9)
            {
                (best, stale) = (value, 0);
            }
            else if (++stale >= 15)
            {
                (theta, stale) = (theta / 2, 0);
            }

            if (feasible - best < 1 - 1e-6)
            {
                break;
            }

            double norm = 0;
            for (var i = 0; i < n; i++)
            {
                served[i] = fallback[i] < lambda[i] ? 1 : 0;
                foreach (var j in chosen)
                {
                    served[i] += cost[i][j] < lambda[i] ? 1 : 0;
                }

                norm += (1 - served[i]) * (1 - served[i]);
            }

            if (norm == 0)
            {
                break;
            }

            var step = theta * Math.Max(feasible - value, 1) / norm;
            for (var i = 0; i < n; i++)
            {
                lambda[i] += step * (1 - served[i]);
            }
        }

        return best;
    }
}
