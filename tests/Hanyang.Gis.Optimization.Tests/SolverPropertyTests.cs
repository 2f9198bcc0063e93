namespace Hanyang.Gis.Optimization.Tests;

/// <summary>Invariants on random instances (fixed seeds): exact = brute force; heuristic ≤ optimum ≤ its bound; capacities hold; runs repeat.</summary>
public class SolverPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MaximalCovering_Exact_EqualsBruteForce(int seed)
    {
        var instance = RandomInstances.Coverage(seed, 14, 8, 30, alreadyShare: 0.2);
        for (var p = 1; p <= 3; p++)
        {
            var brute = RandomInstances.Subsets(8, p).Max(s => instance.CoveredWeight(s));
            var exact = ExactSolver.MaximalCovering(instance, p);
            Assert.Equal(brute, exact.Objective);
            Assert.Equal(SolveStatus.Optimal, exact.Status);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PMedian_Exact_EqualsBruteForce(int seed)
    {
        var instance = RandomInstances.Cost(seed, 12, 7);
        for (var p = 1; p <= 3; p++)
        {
            var brute = RandomInstances.Subsets(7, p).Min(s => instance.TotalCost(s));
            Assert.Equal(brute, ExactSolver.PMedian(instance, p).Objective);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SetCovering_Exact_EqualsBruteForce(int seed)
    {
        var instance = RandomInstances.Coverage(seed, 14, 9, 45);
        if (instance.Uncoverable().Count > 0)
        {
            Assert.Throws<UncoverableDemandException>(() => ExactSolver.SetCovering(instance));
            return;
        }

        var need = Enumerable.Range(0, 14).Where(i => instance.Weight(i) > 0).ToArray();
        var brute = Enumerable.Range(1, 9).First(p => RandomInstances.Subsets(9, p).Any(s => need.All(i => s.Any(j => instance.Covers(j).Contains(i)))));
        Assert.Equal(brute, ExactSolver.SetCovering(instance).Objective);
        Assert.True(HeuristicSolver.SetCovering(instance).Objective >= brute);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Capacitated_Exact_EqualsBruteForce_AndCapacitiesHold(int seed)
    {
        var instance = RandomInstances.Capacitated(seed, 12, 6, 35);
        for (var p = 1; p <= 2; p++)
        {
            var brute = RandomInstances.Subsets(6, p).Max(s => instance.Assign(s).Served);
            var exact = ExactSolver.Capacitated(instance, p);
            Assert.Equal(brute, exact.Objective);
            AssertWithinCapacities(instance, exact.Chosen);
            AssertWithinCapacities(instance, HeuristicSolver.Capacitated(instance, p).Chosen);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Heuristics_NeverBeatTheOptimum_NorMissTheirBound(int seed)
    {
        var coverage = RandomInstances.Coverage(seed, 120, 25, 18, alreadyShare: 0.1);
        var cost = RandomInstances.Cost(seed, 60, 15);
        var capacitated = RandomInstances.Capacitated(seed, 40, 12, 30);
        foreach (var p in new[] { 2, 5 })
        {
            var (h, e) = (HeuristicSolver.MaximalCovering(coverage, p), ExactSolver.MaximalCovering(coverage, p));
            Assert.InRange(h.Objective, 0, e.Objective);
            Assert.True(h.Bound >= e.Objective, $"MCLP bound {h.Bound} below optimum {e.Objective}");

            var (hm, em) = (HeuristicSolver.PMedian(cost, p), ExactSolver.PMedian(cost, p));
            Assert.True(hm.Objective >= em.Objective, $"p-median heuristic {hm.Objective} beat optimum {em.Objective}");
            Assert.True(hm.Bound <= em.Objective, $"p-median bound {hm.Bound} above optimum {em.Objective}");

            var (hc, ec) = (HeuristicSolver.Capacitated(capacitated, p), ExactSolver.Capacitated(capacitated, p));
            Assert.InRange(hc.Objective, 0, ec.Objective);
            Assert.True(hc.Bound >= ec.Objective, $"capacitated bound {hc.Bound} below optimum {ec.Objective}");
        }

        var lscp = RandomInstances.Coverage(seed, 80, 40, 40);
        if (lscp.Uncoverable().Count == 0)
        {
            var (hs, es) = (HeuristicSolver.SetCovering(lscp), ExactSolver.SetCovering(lscp));
            Assert.True(hs.Objective >= es.Objective);
            Assert.True(hs.Bound <= es.Objective, $"LSCP bound {hs.Bound} above optimum {es.Objective}");
        }
    }

    [Fact]
    public void IdenticalRuns_GiveIdenticalAnswers()
    {
        var instance = RandomInstances.Coverage(99, 300, 40, 15);
        var runs = Enumerable.Range(0, 3).Select(_ => (Exact: ExactSolver.MaximalCovering(instance, 6), Heuristic: HeuristicSolver.MaximalCovering(instance, 6))).ToArray();
        foreach (var run in runs.Skip(1))
        {
            Assert.Equal(runs[0].Exact.Chosen, run.Exact.Chosen);
            Assert.Equal(runs[0].Heuristic.Chosen, run.Heuristic.Chosen);
            Assert.Equal(runs[0].Heuristic.Bound, run.Heuristic.Bound);
        }
    }

    [Fact]
    public void Progress_IsReportedToTheEnd()
    {
        var reports = new List<SolveProgress>();
        var progress = new SynchronousProgress(reports.Add);
        HeuristicSolver.MaximalCovering(RandomInstances.Coverage(5, 100, 20, 20), 4, SolveOptions.Default with { Progress = progress });
        Assert.Equal(1, reports[^1].Fraction);
        Assert.Contains(reports, r => r.Stage == "swap");
    }

    [Fact]
    public void Exact_CancelledDuringTheSearch_StopsAtOnceWithOperationCanceled()
    {
        // Large enough that CP-SAT would search for minutes: only a stopped search returns in seconds.
        var instance = RandomInstances.Coverage(5, 4000, 500, 8);
        using var cancellation = new CancellationTokenSource();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        cancellation.CancelAfter(TimeSpan.FromSeconds(1));

        Assert.ThrowsAny<OperationCanceledException>(() => ExactSolver.MaximalCovering(instance, 50, new SolveOptions(TimeSpan.FromMinutes(10), Cancellation: cancellation.Token)));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"the cancelled search ran on for {clock.Elapsed}");
    }

    [Fact]
    public void Heuristic_AlreadyCancelled_Throws()
    {
        var options = new SolveOptions(TimeSpan.FromSeconds(10), Cancellation: new CancellationToken(canceled: true));

        Assert.ThrowsAny<OperationCanceledException>(() => HeuristicSolver.MaximalCovering(RandomInstances.Coverage(1, 50, 10, 30), 3, options));
        Assert.ThrowsAny<OperationCanceledException>(() => HeuristicSolver.PMedian(RandomInstances.Cost(1, 50, 10), 3, options));
    }

    private static void AssertWithinCapacities(CapacitatedInstance instance, IReadOnlyList<int> chosen)
    {
        var assignment = instance.Assign(chosen);
        var supplies = instance.Existing.Concat(chosen.Select(j => instance.Candidates[j])).ToArray();
        for (var k = 0; k < supplies.Length; k++)
        {
            Assert.True(assignment.ServedByFacility[k] <= supplies[k].Capacity, $"facility {k} serves {assignment.ServedByFacility[k]} > {supplies[k].Capacity}");
        }

        for (var i = 0; i < instance.DemandCount; i++)
        {
            Assert.True(assignment.ServedAtDemand[i] <= instance.Demand(i));
        }

        Assert.All(assignment.Flows, f => Assert.Contains(f.Demand, supplies[f.Facility].Reaches));
        Assert.Equal(assignment.Served, assignment.Flows.Sum(f => f.Units));
    }

    private sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
