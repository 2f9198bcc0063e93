using System.Diagnostics;

namespace Hanyang.Gis.Optimization;

public static partial class HeuristicSolver
{
    /// <summary>
    /// Maximal covering (see <see cref="ExactSolver.MaximalCovering"/>): greedy by covered weight, best swaps, and
    /// the smaller of the Lagrangian and submodular upper bounds (rounded down: weights are integers).
    /// </summary>
    public static SiteSelection MaximalCovering(CoverageInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckCount(count, instance.CandidateCount);
        var clock = Stopwatch.StartNew();
        var progress = options?.Progress;
        var n = instance.DemandCount;
        var m = instance.CandidateCount;
        var active = new bool[n];
        for (var i = 0; i < n; i++)
        {
            active[i] = !instance.IsAlreadyCovered(i) && instance.Weight(i) > 0 && instance.CoveredBy(i).Length > 0;
        }

        var chosen = new bool[m];
        var coverCount = new int[n];
        var sole = new int[n];
        void Toggle(int j, bool on)
        {
            chosen[j] = on;
            foreach (var i in instance.Covers(j))
            {
                coverCount[i] += on ? 1 : -1;
            }
        }

        long Gain(int j)
        {
            long g = 0;
            foreach (var i in instance.Covers(j))
            {
                if (active[i] && coverCount[i] == 0)
                {
                    g += instance.Weight(i);
                }
            }

            return g;
        }

        for (var step = 0; step < count; step++)
        {
            var (best, bestGain) = (-1, -1L);
            for (var j = 0; j < m; j++)
            {
                if (!chosen[j] && Gain(j) is var g && g > bestGain)
                {
                    (best, bestGain) = (j, g);
                }
            }

            Toggle(best, true);
        }

        progress?.Report(new SolveProgress("greedy", Covered(), double.NaN, 0.3));

        // Best-improvement swaps: delta(in, out) = gain(in) + extra(in, out) − loss(out), where extra counts the
        // demand only `out` covers that `in` also covers.
        var extra = new long[m];
        while (true)
        {
            Array.Fill(sole, -1);
            for (var j = 0; j < m; j++)
            {
                if (chosen[j])
                {
                    foreach (var i in instance.Covers(j))
                    {
                        if (coverCount[i] == 1)
                        {
                            sole[i] = j;
                        }
                    }
                }
            }

            var loss = new long[m];
            for (var i = 0; i < n; i++)
            {
                if (active[i] && sole[i] >= 0)
                {
                    loss[sole[i]] += instance.Weight(i);
                }
            }

            var (bestIn, bestOut, bestDelta) = (-1, -1, 0L);
            for (var j = 0; j < m; j++)
            {
                if (chosen[j])
                {
                    continue;
                }

                Array.Clear(extra);
                long gain = 0;
                foreach (var i in instance.Covers(j))
                {
                    if (!active[i])
                    {
                        continue;
                    }

                    if (coverCount[i] == 0)
                    {
                        gain += instance.Weight(i);
                    }
                    else if (coverCount[i] == 1)
                    {
                        extra[sole[i]] += instance.Weight(i);
                    }
                }

                for (var o = 0; o < m; o++)
                {
                    if (chosen[o] && gain + extra[o] - loss[o] is var delta && delta > bestDelta)
                    {
                        (bestIn, bestOut, bestDelta) = (j, o, delta);
                    }
                }
            }

            if (bestIn < 0)
            {
                break;
            }

            Toggle(bestOut, false);
            Toggle(bestIn, true);
        }

        var objective = Covered();
        progress?.Report(new SolveProgress("swap", objective, double.NaN, 0.6));

        // Submodular bound: f(S) + the p largest marginal gains at S.
        var marginal = new double[m];
        for (var j = 0; j < m; j++)
        {
            marginal[j] = chosen[j] ? 0 : Gain(j);
        }

        var activeObjective = objective - instance.AlreadyCoveredWeight;
        var bound = Math.Min(activeObjective + TopSum(marginal, count, positiveOnly: true), LagrangianCoveringBound(instance, active, count, activeObjective));
        var total = instance.AlreadyCoveredWeight + Math.Floor(bound + 1e-6);
        progress?.Report(new SolveProgress("bound", objective, total, 1));
        return Result(Enumerable.Range(0, m).Where(j => chosen[j]), objective, Math.Max(total, objective), total <= objective, clock);

        long Covered() => instance.CoveredWeight(Enumerable.Range(0, m).Where(j => chosen[j]));
    }

    /// <summary>
    /// The Lagrangian upper bound of MCLP on the active demand: relaxing yᵢ ≤ Σ_{j∈Nᵢ} xⱼ with λᵢ ≥ 0 gives
    /// L(λ) = Σᵢ max(0, wᵢ − λᵢ) + (sum of the p largest Σ_{i∈Nⱼ} λᵢ), minimised over λ by subgradient steps.
    /// </summary>
    private static double LagrangianCoveringBound(CoverageInstance instance, bool[] active, int count, double feasible)
    {
        var n = instance.DemandCount;
        var m = instance.CandidateCount;
        var lambda = new double[n];
        for (var i = 0; i < n; i++)
        {
            lambda[i] = active[i] ? instance.Weight(i) / 2.0 : 0;
        }

        var best = double.PositiveInfinity;
        var theta = 2.0;
        var stale = 0;
        var score = new double[m];
        var covered = new int[n];
        for (var iteration = 0; iteration < BoundIterations && theta > 1e-4; iteration++)
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

                score[j] = s;
            }

            var top = Enumerable.Range(0, m).OrderByDescending(j => score[j]).ThenBy(j => j).Take(count).ToArray();
            value += top.Sum(j => score[j]);
            if (value < best - 1e-9)
            {
                (best, stale) = (value, 0);
            }
            else if (++stale >= 15)
            {
                (theta, stale) = (theta / 2, 0);
            }

            if (best - feasible < 1 - 1e-6)
            {
                break;
            }

            Array.Clear(covered);
            foreach (var j in top)
            {
                foreach (var i in instance.Covers(j))
                {
                    covered[i]++;
                }
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

            var step = theta * Math.Max(value - feasible, 1) / norm;
            for (var i = 0; i < n; i++)
            {
                if (active[i])
                {
                    var g = (instance.Weight(i) > lambda[i] ? 1 : 0) - covered[i];
                    lambda[i] = Math.Max(0, lambda[i] + step * g);
                }
            }
        }

        return best;
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
