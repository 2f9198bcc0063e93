namespace Hanyang.Gis.Optimization;

/// <summary>How far a solve got.</summary>
public enum SolveStatus
{
    /// <summary>The solution is proven optimal (the bound equals the objective).</summary>
    Optimal,

    /// <summary>A feasible solution with a bound; optimality is not proven (time limit, or a heuristic).</summary>
    Feasible,

    /// <summary>No feasible solution exists.</summary>
    Infeasible,
}
