using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Hanyang.Gis.Optimization;

/// <summary>
/// Exact solutions on Google OR-Tools CP-SAT. Each model is the textbook integer program (formulations in
/// each method's doc); CP-SAT proves optimality or, at the time limit, returns its best solution with the
/// best bound. With one worker (the default) the same inputs always give the same answer.
/// </summary>
public static class ExactSolver
{
    /// <summary>
    /// Maximal covering: choose exactly <paramref name="count"/> candidates maximising the covered weight, the
    /// facilities in place kept. max Σᵢ wᵢ yᵢ s.t. yᵢ ≤ Σ_{j∈Nᵢ} xⱼ, Σⱼ xⱼ = p, x, y binary (Church &amp; ReVelle 1974);
    /// demand already covered is constant and left out of the model.
    /// </summary>
    public static SiteSelection MaximalCovering(CoverageInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckCount(count, instance.CandidateCount);
        var model = new CpModel();
        var x = Candidates(model, instance.CandidateCount);
        model.Add(LinearExpr.Sum(x) == count);
        var terms = new List<(BoolVar Y, long W)>();
        for (var i = 0; i < instance.DemandCount; i++)
        {
            if (instance.IsAlreadyCovered(i) || instance.Weight(i) == 0 || instance.CoveredBy(i).Length == 0)
            {
                continue;
            }

            var y = model.NewBoolVar($"y{i}");
            model.Add(y <= LinearExpr.Sum(Pick(x, instance.CoveredBy(i))));
            terms.Add((y, instance.Weight(i)));
        }

        model.Maximize(LinearExpr.WeightedSum(terms.Select(t => t.Y), terms.Select(t => t.W)));
        var baseline = instance.AlreadyCoveredWeight;
        return Solve(model, x, options, chosen => instance.CoveredWeight(chosen), baseline);
    }

    /// <summary>
    /// Set covering: the fewest candidates such that every demand point with weight is covered (by them or by
    /// facilities in place). min Σⱼ xⱼ s.t. Σ_{j∈Nᵢ} xⱼ ≥ 1 for each uncovered i (Toregas et al. 1971).
    /// </summary>
    /// <exception cref="UncoverableDemandException">Some demand points no candidate can cover.</exception>
    public static SiteSelection SetCovering(CoverageInstance instance, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Uncoverable() is { Count: > 0 } impossible)
        {
            throw new UncoverableDemandException(impossible);
        }

        var model = new CpModel();
        var x = Candidates(model, instance.CandidateCount);
        for (var i = 0; i < instance.DemandCount; i++)
        {
            if (!instance.IsAlreadyCovered(i) && instance.Weight(i) > 0)
            {
                model.Add(LinearExpr.Sum(Pick(x, instance.CoveredBy(i))) >= 1);
            }
        }

        model.Minimize(LinearExpr.Sum(x));
        return Solve(model, x, options, chosen => chosen.Count, 0);
    }

    /// <summary>
    /// p-median: choose exactly <paramref name="count"/> candidates minimising the weighted total cost, each demand
    /// point served by its cheapest open site or its fallback (the facility in place, or the cap). With aᵢⱼ = 1 when
    /// i is served by j: min Σᵢ wᵢ fᵢ − Σᵢⱼ wᵢ (fᵢ − cᵢⱼ) aᵢⱼ s.t. Σⱼ aᵢⱼ ≤ 1, aᵢⱼ ≤ xⱼ, Σⱼ xⱼ = p (ReVelle &amp; Swain 1970).
    /// </summary>
    public static SiteSelection PMedian(CostInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckCount(count, instance.CandidateCount);
        var model = new CpModel();
        var x = Candidates(model, instance.CandidateCount);
        model.Add(LinearExpr.Sum(x) == count);
        var savings = new List<(BoolVar A, long Saving)>();
        for (var i = 0; i < instance.DemandCount; i++)
        {
            var row = new List<BoolVar>();
            foreach (var (j, c) in instance.Options(i))
            {
                var saving = instance.Weight(i) * (instance.FallbackCost(i) - c);
                if (saving <= 0)
                {
                    continue;
                }

                var a = model.NewBoolVar($"a{i}_{j}");
                model.AddImplication(a, x[j]);
                row.Add(a);
                savings.Add((a, saving));
            }

            if (row.Count > 1)
            {
                model.AddAtMostOne(row);
            }
        }

        // Maximise the savings over the fallback; the solver's objective is turned back into the total cost below.
        model.Maximize(LinearExpr.WeightedSum(savings.Select(s => s.A), savings.Select(s => s.Saving)));
        var fallback = instance.FallbackTotal;
        var solved = Solve(model, x, options, chosen => fallback - instance.TotalCost(chosen), 0);
        return solved with { Objective = fallback - solved.Objective, Bound = fallback - solved.Bound };
    }

    /// <summary>
    /// Capacitated covering: choose exactly <paramref name="count"/> candidates (at most one per site group)
    /// maximising the demand served, with every facility within its capacity. zᵢₖ integer units of i served by k
    /// (k reaches i): max Σ zᵢₖ s.t. Σₖ zᵢₖ ≤ dᵢ, Σᵢ zᵢₖ ≤ capₖ (in place) or capₖ xₖ (candidate), Σ x = p,
    /// Σ_{k∈g} xₖ ≤ 1 (Current &amp; Storbeck 1988).
    /// </summary>
    public static SiteSelection Capacitated(CapacitatedInstance instance, int count, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckCount(count, Enumerable.Range(0, instance.CandidateCount).Select(instance.Group).Distinct().Count());
        var model = new CpModel();
        var x = Candidates(model, instance.CandidateCount);
        model.Add(LinearExpr.Sum(x) == count);
        foreach (var group in Enumerable.Range(0, instance.CandidateCount).GroupBy(instance.Group).Where(g => g.Count() > 1))
        {
            model.AddAtMostOne(group.Select(j => (ILiteral)x[j]));
        }

        var byDemand = Enumerable.Range(0, instance.DemandCount).Select(_ => new List<IntVar>()).ToArray();
        var all = new List<IntVar>();
        void AddSupply(CapacitatedInstance.Supply supply, string name, BoolVar? open)
        {
            var flows = new List<IntVar>();
            foreach (var i in supply.Reaches)
            {
                var upper = Math.Min(instance.Demand(i), supply.Capacity);
                if (upper <= 0)
                {
                    continue;
                }

                var z = model.NewIntVar(0, upper, $"z{name}_{i}");
                flows.Add(z);
                byDemand[i].Add(z);
                all.Add(z);
            }

            if (open is null)
            {
                model.Add(LinearExpr.Sum(flows) <= supply.Capacity);
            }
            else
            {
                model.Add(LinearExpr.Sum(flows) <= LinearExpr.Term(open, supply.Capacity));
            }
        }

        for (var k = 0; k < instance.Existing.Count; k++)
        {
            AddSupply(instance.Existing[k], $"e{k}", null);
        }

        for (var j = 0; j < instance.CandidateCount; j++)
        {
            AddSupply(instance.Candidates[j], $"c{j}", x[j]);
        }

        for (var i = 0; i < instance.DemandCount; i++)
        {
            if (byDemand[i].Count > 0)
            {
                model.Add(LinearExpr.Sum(byDemand[i]) <= instance.Demand(i));
            }
        }

        model.Maximize(LinearExpr.Sum(all));
        return Solve(model, x, options, chosen => instance.Assign(chosen).Served, 0);
    }

    private static void CheckCount(int count, int available)
    {
        if (count < 1 || count > available)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"the number of new sites must be between 1 and the {available} candidate site(s)");
        }
    }

    private static BoolVar[] Candidates(CpModel model, int count) =>
        [.. Enumerable.Range(0, count).Select(j => model.NewBoolVar($"x{j}"))];

    private static List<BoolVar> Pick(BoolVar[] x, ReadOnlySpan<int> indices)
    {
        var list = new List<BoolVar>(indices.Length);
        foreach (var j in indices)
        {
            list.Add(x[j]);
        }

        return list;
    }

    /// <summary>Runs CP-SAT; the objective is re-evaluated from the instance and the bound offset by what is constant.</summary>
    private static SiteSelection Solve(CpModel model, BoolVar[] x, SolveOptions? options, Func<IReadOnlyList<int>, double> evaluate, double constant)
    {
        options ??= SolveOptions.Default;
        var clock = Stopwatch.StartNew();
        var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{options.TimeLimit.TotalSeconds} num_workers:{Math.Max(1, options.Workers)} random_seed:7 linearization_level:2"),
        };
        var callback = new Reporter(options, constant);
        options.Cancellation.ThrowIfCancellationRequested();
        CpSolverStatus status;
        using (options.Cancellation.Register(solver.StopSearch))
        {
            status = solver.Solve(model, options.Progress is null ? null : callback);
        }

        clock.Stop();
        options.Cancellation.ThrowIfCancellationRequested();
        if (status is CpSolverStatus.Infeasible)
        {
            return new SiteSelection([], double.NaN, double.NaN, SolveStatus.Infeasible, SolverKind.Exact, clock.Elapsed);
        }

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new TimeoutException($"CP-SAT found no solution within {options.TimeLimit.TotalSeconds:0.#} s (status {status}); allow more time or use the heuristic");
        }

        var chosen = Enumerable.Range(0, x.Length).Where(j => solver.BooleanValue(x[j])).ToArray();
        var objective = evaluate(chosen);
        var bound = solver.BestObjectiveBound + constant;
        options.Progress?.Report(new SolveProgress("cp-sat", objective, bound, 1));
        return new SiteSelection(chosen, objective, status == CpSolverStatus.Optimal ? objective : bound, status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible, SolverKind.Exact, clock.Elapsed);
    }

    private sealed class Reporter(SolveOptions options, double constant) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() =>
            options.Progress?.Report(new SolveProgress("cp-sat", ObjectiveValue() + constant, BestObjectiveBound() + constant, Math.Min(1, WallTime() / Math.Max(options.TimeLimit.TotalSeconds, 1e-3))));
    }
}
