using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;
using Hanyang.Gis.Optimization;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>A siting question.</summary>
/// <param name="Kind">Facility kind to site.</param>
/// <param name="Count">New sites to choose (ignored by <see cref="SitingObjective.MinFacilities"/>).</param>
/// <param name="Objective">What the sites should achieve.</param>
/// <param name="Profile">Travel profile (walking by default for schools).</param>
/// <param name="Minutes">Travel-time budget of coverage.</param>
/// <param name="Capacitated">Whether demand is in school places / parking spaces and capacities bind.</param>
/// <param name="Solver">Exact (CP-SAT) or heuristic (greedy + swap).</param>
/// <param name="TimeLimit">Limit of the exact solver.</param>
/// <param name="Demand">Demand rates and new-site capacities (defaults: <see cref="SitingDemand.Default"/>).</param>
/// <param name="Limits">How large the run may grow; null: no bound (the CLI on a planner's own machine).</param>
public sealed record SitingRequest(
    FacilityKind Kind,
    int Count,
    SitingObjective Objective,
    TravelProfile Profile,
    double Minutes,
    bool Capacitated = false,
    SolverKind Solver = SolverKind.Exact,
    TimeSpan? TimeLimit = null,
    SitingDemand? Demand = null,
    SitingLimits? Limits = null)
{
    /// <summary>The budget in seconds.</summary>
    public double BudgetSeconds => Minutes * 60;
}
