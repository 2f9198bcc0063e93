namespace Hanyang.Gis.Optimization.Tests;

/// <summary>Tiny instances whose optima are worked out by hand in the comments.</summary>
public class HandWorkedTests
{
    // Demand weights 10, 20, 30, 40. A covers {0,1}, B {2}, C {1,3}, D {3}.
    // p = 1: A 30, B 30, C 60, D 40 → C (60). p = 2: A+B 60, A+C 70, A+D 70, B+C 90, B+D 70, C+D 60 → B+C (90).
    private static CoverageInstance Four(bool[]? already = null) =>
        new([10, 20, 30, 40], [[0, 1], [2], [1, 3], [3]], already);

    [Theory]
    [InlineData(1, new[] { 2 }, 60)]
    [InlineData(2, new[] { 1, 2 }, 90)]
    [InlineData(3, new[] { 0, 1, 2 }, 100)]
    public void MaximalCovering_FourPoints_MatchesHandOptimum(int count, int[] sites, long covered)
    {
        foreach (var selection in new[] { ExactSolver.MaximalCovering(Four(), count), HeuristicSolver.MaximalCovering(Four(), count) })
        {
            Assert.Equal(sites, selection.Chosen);
            Assert.Equal(covered, selection.Objective);
            Assert.Equal(SolveStatus.Optimal, selection.Status);
            Assert.Equal(0, selection.GapPercent);
        }
    }

    [Fact]
    public void MaximalCovering_PointThreeAlreadyCovered_CountsItAndPicksLowestTie()
    {
        // With 3 covered (40): A adds 30, B 30, C 20, D 0 → A and B tie; the lowest index wins. 40 + 30 = 70.
        var already = new[] { false, false, false, true };
        var exact = ExactSolver.MaximalCovering(Four(already), 1);
        var heuristic = HeuristicSolver.MaximalCovering(Four(already), 1);
        Assert.Equal(70, exact.Objective);
        Assert.Equal([0], heuristic.Chosen);
        Assert.Equal(70, heuristic.Objective);
    }

    [Fact]
    public void SetCovering_FourPoints_NeedsThreeSites()
    {
        // 0 only by A, 2 only by B, then 3 needs C or D: A+B+C or A+B+D → 3 sites; lowest indices A, B, C.
        var exact = ExactSolver.SetCovering(Four());
        var heuristic = HeuristicSolver.SetCovering(Four());
        Assert.Equal(3, exact.Objective);
        Assert.Equal(3, heuristic.Objective);
        Assert.Equal(SolveStatus.Optimal, exact.Status);
        Assert.Equal(100, Four().CoveredWeight(heuristic.Chosen));
    }

    [Fact]
    public void SetCovering_PointNoCandidateReaches_NamesThePoint()
    {
        var instance = new CoverageInstance([5, 0, 7, 9], [[0], [1]]);

        var exact = Assert.Throws<UncoverableDemandException>(() => ExactSolver.SetCovering(instance));
        var heuristic = Assert.Throws<UncoverableDemandException>(() => HeuristicSolver.SetCovering(instance));

        // Point 1 has no weight, so only 2 and 3 are reported.
        Assert.Equal([2, 3], exact.DemandPoints);
        Assert.Equal([2, 3], heuristic.DemandPoints);
        Assert.Contains("2, 3", exact.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PMedian_PointsOnALine_ChoosesTheMedians()
    {
        // Demand at 0, 1, 2, 10, 11 (weight 1 each); candidates at the same places; cost = |distance|; fallback 100.
        // p = 1: the median of all five is 2 → 2+1+0+8+9 = 20. p = 2: {1, 10} or {1, 11} → 1+0+1+0+1 = 3; lowest is {1, 3}.
        int[] at = [0, 1, 2, 10, 11];
        var costs = at.Select(a => (IReadOnlyList<(int, long)>)[.. at.Select((b, j) => (j, (long)Math.Abs(a - b)))]).ToArray();
        var instance = new CostInstance([1, 1, 1, 1, 1], [100, 100, 100, 100, 100], costs, 5);

        Assert.Equal(20, ExactSolver.PMedian(instance, 1).Objective);
        Assert.Equal([2], HeuristicSolver.PMedian(instance, 1).Chosen);
        var two = ExactSolver.PMedian(instance, 2);
        Assert.Equal(3, two.Objective);
        Assert.Equal(SolveStatus.Optimal, two.Status);
        Assert.Equal(3, HeuristicSolver.PMedian(instance, 2).Objective);
    }

    [Fact]
    public void Capacitated_TwoSchools_LargerReachingBothWins()
    {
        // Demand 100 and 100 places. A school in place (50 places) reaches both. X (100) reaches point 0 only,
        // Y (200) both. X: 50 + 100 = 150. Y: 50 + 150 = 200 (all demand).
        var instance = new CapacitatedInstance(
            [100, 100],
            [new(50, [0, 1])],
            [new(100, [0]), new(200, [0, 1])]);

        var exact = ExactSolver.Capacitated(instance, 1);
        var heuristic = HeuristicSolver.Capacitated(instance, 1);

        Assert.Equal([1], exact.Chosen);
        Assert.Equal(200, exact.Objective);
        Assert.Equal([1], heuristic.Chosen);
        Assert.Equal(SolveStatus.Optimal, heuristic.Status);
    }

    [Fact]
    public void Capacitated_SizesOfOneSite_ChoosesAtMostOneSize()
    {
        // One site in two sizes (group 0: 100 or 300 places) and another site (group 1: 80 places); demand 400 at one point.
        // p = 2 must use both sites: 300 + 80 = 380, never 100 + 300 of the same site.
        var instance = new CapacitatedInstance([400], [], [new(100, [0]), new(300, [0]), new(80, [0])], [0, 0, 1]);

        var exact = ExactSolver.Capacitated(instance, 2);
        var heuristic = HeuristicSolver.Capacitated(instance, 2);

        Assert.Equal([1, 2], exact.Chosen);
        Assert.Equal(380, exact.Objective);
        Assert.Equal([1, 2], heuristic.Chosen);
    }

    [Fact]
    public void Count_OutOfRange_SaysHowManyCandidatesThereAre()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ExactSolver.MaximalCovering(Four(), 5));
        Assert.Contains("4 candidate", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HeuristicSolver.MaximalCovering(Four(), 0));
    }
}
