using System.Diagnostics;

namespace Hanyang.Gis.Optimization;

/// <summary>
/// Fast solutions for large instances: greedy construction, then best-improvement swaps (one chosen site for
/// one not chosen, Teitz &amp; Bart 1968) until none improves, and a bound on the optimum so the answer carries its
/// own quality: the Lagrangian relaxation of the assignment constraints optimised by subgradient steps
/// (Held, Wolfe &amp; Crowder 1974; for MCLP Galvão &amp; ReVelle 1996) and, for covering objectives, the submodular
/// bound f(S) + the p largest marginal gains (Nemhauser, Wolsey &amp; Fisher 1978). Ties break on the lowest
/// index, so the same inputs always give the same answer.
/// </summary>
public static partial class HeuristicSolver
{
    /// <summary>Subgradient iterations of the Lagrangian bounds.</summary>
    internal const int BoundIterations = 400;

    private static void CheckCount(int count, int available)
    {
        if (count < 1 || count > available)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"the number of new sites must be between 1 and the {available} candidate site(s)");
        }
    }

    private static SiteSelection Result(IEnumerable<int> chosen, double objective, double bound, bool proven, Stopwatch clock) =>
        new([.. chosen.Order()], objective, bound, proven ? SolveStatus.Optimal : SolveStatus.Feasible, SolverKind.Heuristic, clock.Elapsed);

    /// <summary>The sum of the <paramref name="count"/> largest values (non-negative ones only when <paramref name="positiveOnly"/>).</summary>
    private static double TopSum(double[] values, int count, bool positiveOnly)
    {
        var sorted = values.Where(v => !positiveOnly || v > 0).OrderDescending().Take(count);
        return sorted.Sum();
    }
}
