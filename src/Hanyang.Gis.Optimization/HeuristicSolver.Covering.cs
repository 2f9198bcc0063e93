using System.Diagnostics;

namespace Hanyang.Gis.Optimization;

public static partial class HeuristicSolver
{
    /// <summary>Subgradient iterations of the MCLP bound: it converges fast, and each costs a pass over the coverage sets.</summary>
    internal const int CoveringBoundIterations = 40;

    /// <summary>
    /// Maximal covering (see <see cref="ExactSolver.MaximalCovering"/>): greedy by covered weight and best swaps;
    /// the Lagrangian relaxation then gives an upper bound and, from its subproblem solutions, a second start that
    /// is also improved by swaps. The bound is the smaller of the Lagrangian and submodular bounds, rounded down
    /// (weights are integers).
    /// </summary>
    public static SiteSelection MaximalCovering(CoverageInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckCount(count, instance.CandidateCount);
        var clock = Stopwatch.StartNew();
        var progress = options?.Progress;
        var search = new CoveringSearch(instance);
        search.Greedy(count);
        search.Swap();
        var best = search.Chosen();
        var objective = search.Value;
        options?.Cancellation.ThrowIfCancellationRequested();
        progress?.Report(new SolveProgress("swap", instance.AlreadyCoveredWeight + objective, double.NaN, 0.4));

        var (lagrangian, start) = LagrangianCoveringBound(instance, search.Active, count, objective);
        if (start is not null)
        {
            search.Set(start);
            search.Swap();
            if (search.Value > objective)
            {
                (best, objective) = (search.Chosen(), search.Value);
            }
        }

        search.Set(best);
        var bound = Math.Min(objective + TopSum(search.Gains(), count, positiveOnly: true), lagrangian);
        var total = instance.AlreadyCoveredWeight + Math.Floor(bound + 1e-6);
        var covered = instance.AlreadyCoveredWeight + objective;
        progress?.Report(new SolveProgress("bound", covered, total, 1));
        return Result(best, covered, Math.Max(total, covered), total <= covered, clock);
    }

    /// <summary>
    /// The Lagrangian upper bound of MCLP on the active demand: relaxing yᵢ ≤ Σ_{j∈Nᵢ} xⱼ with λᵢ ≥ 0 gives
    /// L(λ) = Σᵢ max(0, wᵢ − λᵢ) + (sum of the p largest Σ_{i∈Nⱼ} λᵢ), minimised over λ by subgradient steps.
    /// Also returns the best of the subproblems' site sets (each a feasible choice of p sites), when it beats
    /// <paramref name="feasible"/>.
    /// </summary>
    private static (double Bound, int[]? Start) LagrangianCoveringBound(CoverageInstance instance, bool[] active, int count, long feasible)
    {
        var n = instance.DemandCount;
        var m = instance.CandidateCount;
        var lambda = new double[n];
        for (var i = 0; i < n; i++)
        {
            lambda[i] = active[i] ? instance.Weight(i) / 2.0 : 0;
        }

        var best = double.PositiveInfinity;
        var (bestPrimal, bestStart) = (feasible, (int[]?)null);
        var theta = 2.0;
        var stale = 0;
        var keys = new double[m];
        var order = new int[m];
        var covered = new int[n];
        for (var iteration = 0; iteration < CoveringBoundIterations && theta > 1e-3; iteration++)
        {
            double value = 0;
            for (var i = 0; i < n; i++)
            {
                if (active[i])
                {
                    value += Math.Max(0, instance.Weight(i) - lambda[i]);
                }
            }

            for (var j = 0; j < m; j++)
            {
                double s = 0;
                foreach (var i in instance.Covers(j))
                {
                    s += lambda[i];
                }

                keys[j] = -s;
                order[j] = j;
            }

            Array.Sort(keys, order);
            for (var k = 0; k < count; k++)
            {
                value -= keys[k];
            }

            if (value < best - 1e-9)
            {
                (best, stale) = (value, 0);
            }
            else if (++stale >= 5)
            {
                (theta, stale) = (theta / 2, 0);
            }

            Array.Clear(covered);
            long primal = 0;
            for (var k = 0; k < count; k++)
            {
                foreach (var i in instance.Covers(order[k]))
                {
                    if (covered[i]++ == 0 && active[i])
                    {
                        primal += instance.Weight(i);
                    }
                }
            }

            if (primal > bestPrimal)
            {
                (bestPrimal, bestStart) = (primal, order[..count]);
            }

            // Stop when the bound proves the best primal optimal (weights are integers), or is within 0.01 % of it.
            if (best - bestPrimal < 1 - 1e-6 || best - bestPrimal < 1e-4 * best)
            {
                break;
            }

            double norm = 0;
            for (var i = 0; i < n; i++)
            {
                if (active[i])
                {
                    var g = (instance.Weight(i) > lambda[i] ? 1 : 0) - covered[i];
                    norm += g * g;
                }
            }

            if (norm == 0)
            {
                break;
            }

            var step = theta * Math.Max(value - bestPrimal, 1) / norm;
            for (var i = 0; i < n; i++)
            {
                if (active[i])
                {
                    var g = (instance.Weight(i) > lambda[i] ? 1 : 0) - covered[i];
                    lambda[i] = Math.Max(0, lambda[i] + (step * g));
                }
            }
        }

        return (best, bestStart);
    }

    /// <summary>
    /// Set covering (see <see cref="ExactSolver.SetCovering"/>): greedy by the number of demand points still
    /// uncovered, then redundant sites dropped; the lower bound is the Lagrangian one, rounded up.
    /// </summary>
    /// <exception cref="UncoverableDemandException">Some demand points no candidate can cover.</exception>
    public static SiteSelection SetCovering(CoverageInstance instance, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Uncoverable() is { Count: > 0 } impossible)
        {
            throw new UncoverableDemandException(impossible);
        }

        var clock = Stopwatch.StartNew();
        var n = instance.DemandCount;
        var m = instance.CandidateCount;
        var need = new bool[n];
        for (var i = 0; i < n; i++)
        {
            need[i] = !instance.IsAlreadyCovered(i) && instance.Weight(i) > 0;
        }

        var coverCount = new int[n];
        var order = new List<int>();
        while (Enumerable.Range(0, n).Any(i => need[i] && coverCount[i] == 0))
        {
            var (best, bestCount) = (-1, 0);
            for (var j = 0; j < m; j++)
            {
                var c = 0;
                foreach (var i in instance.Covers(j))
                {
                    if (need[i] && coverCount[i] == 0)
                    {
                        c++;
                    }
                }

                if (c > bestCount)
                {
                    (best, bestCount) = (j, c);
                }
            }

            order.Add(best);
            foreach (var i in instance.Covers(best))
            {
                coverCount[i]++;
            }
        }

        // Drop sites whose demand all others still cover, the last chosen first.
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var j = order[k];
            var redundant = true;
            foreach (var i in instance.Covers(j))
            {
                redundant &= !need[i] || coverCount[i] > 1;
            }

            if (redundant)
            {
                foreach (var i in instance.Covers(j))
                {
                    coverCount[i]--;
                }

                order.RemoveAt(k);
            }
        }

        var bound = Math.Ceiling(LagrangianSetCoverBound(instance, need, order.Count) - 1e-6);
        options?.Cancellation.ThrowIfCancellationRequested();
        options?.Progress?.Report(new SolveProgress("bound", order.Count, bound, 1));
        return Result(order, order.Count, Math.Min(bound, order.Count), bound >= order.Count, clock);
    }

    /// <summary>
    /// The Lagrangian lower bound of LSCP: relaxing Σ_{j∈Nᵢ} xⱼ ≥ 1 with λᵢ ≥ 0 gives
    /// L(λ) = Σᵢ λᵢ + Σⱼ min(0, 1 − Σ_{i∈Nⱼ} λᵢ), maximised over λ by subgradient steps.
    /// </summary>
    private static double LagrangianSetCoverBound(CoverageInstance instance, bool[] need, int feasible)
    {
        var n = instance.DemandCount;
        var m = instance.CandidateCount;
        var lambda = new double[n];
        var best = need.Any(b => b) ? 1.0 : 0.0;
        var theta = 2.0;
        var stale = 0;
        var open = new bool[m];
        var covered = new int[n];
        for (var iteration = 0; iteration < BoundIterations && theta > 1e-4; iteration++)
        {
            double value = 0;
            for (var i = 0; i < n; i++)
            {
                value += need[i] ? lambda[i] : 0;
            }

            Array.Clear(covered);
            for (var j = 0; j < m; j++)
            {
                double s = 0;
                foreach (var i in instance.Covers(j))
                {
                    s += need[i] ? lambda[i] : 0;
                }

                open[j] = 1 - s < 0;
                if (open[j])
                {
                    value += 1 - s;
                    foreach (var i in instance.Covers(j))
                    {
                        covered[i]++;
                    }
                }
            }

            if (value > best + 1e-9)
            {
                (best, stale) = (value, 0);
            }
            else if (++stale >= 15)
            {
                (theta, stale) = (theta / 2, 0);
            }

            if (Math.Ceiling(best - 1e-6) >= feasible)
            {
                break;
            }

            double norm = 0;
            for (var i = 0; i < n; i++)
            {
                if (need[i])
                {
                    var g = 1 - covered[i];
                    norm += g * g;
                }
            }

            if (norm == 0)
            {
                break;
            }

            var step = theta * Math.Max(feasible - value, 0.5) / norm;
            for (var i = 0; i < n; i++)
            {
                if (need[i])
                {
                    lambda[i] = Math.Max(0, lambda[i] + step * (1 - covered[i]));
                }
            }
        }

        return best;
    }
}
