namespace Hanyang.Gis.Optimization;

/// <summary>Which solver produced a selection.</summary>
public enum SolverKind
{
    /// <summary>Google OR-Tools CP-SAT, proving optimality within its time limit.</summary>
    Exact,

    /// <summary>Greedy construction plus swap improvement, with a Lagrangian or submodular bound.</summary>
    Heuristic,
}
