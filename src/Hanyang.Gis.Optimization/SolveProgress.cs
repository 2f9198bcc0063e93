namespace Hanyang.Gis.Optimization;

/// <summary>Progress of a solve: the best objective found so far and the best bound, after some time.</summary>
/// <param name="Stage">What the solver is doing ("greedy", "swap", "bound", "cp-sat").</param>
/// <param name="Objective">Best objective so far (NaN before the first solution).</param>
/// <param name="Bound">Best bound so far (NaN when none yet).</param>
/// <param name="Fraction">Fraction of the work or time budget used, 0..1.</param>
public sealed record SolveProgress(string Stage, double Objective, double Bound, double Fraction);
