namespace Hanyang.Gis.Analysis.Siting;

/// <summary>
/// How large one siting run may grow: the candidates it weighs (each costs a travel-time search) and the
/// candidate–community pairs its model holds (the solver's memory grows with them: CP-SAT needs about
/// a kilobyte per assignment pair). A run beyond either stops before the solver starts.
/// </summary>
/// <param name="MaxCandidates">The most candidates on the network.</param>
/// <param name="MaxPairs">The most pairs (candidate offers × communities they reach within the budget, or their cost rows for p-median).</param>
public sealed record SitingLimits(int MaxCandidates, long MaxPairs);
