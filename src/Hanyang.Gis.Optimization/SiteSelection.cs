namespace Hanyang.Gis.Optimization;

/// <summary>
/// The answer of a solver: the chosen candidates, the objective, the best bound on the optimum and the gap
/// between them. For maximising models (covering) the bound is an upper bound, for minimising ones
/// (p-median, set covering) a lower bound.
/// </summary>
/// <param name="Chosen">Chosen candidate indices, ascending.</param>
/// <param name="Objective">Objective of <paramref name="Chosen"/>, evaluated exactly from the instance.</param>
/// <param name="Bound">Best proven bound on the optimal objective.</param>
/// <param name="Status">Optimal, feasible or infeasible.</param>
/// <param name="Solver">Which solver.</param>
/// <param name="Elapsed">Wall-clock time of the solve.</param>
public sealed record SiteSelection(IReadOnlyList<int> Chosen, double Objective, double Bound, SolveStatus Status, SolverKind Solver, TimeSpan Elapsed)
{
    /// <summary>The relative gap between objective and bound, in percent of the bound (0 when proven optimal).</summary>
    public double GapPercent => Bound == Objective ? 0 : Math.Abs(Bound - Objective) / Math.Max(Math.Abs(Bound), 1e-9) * 100;
}
