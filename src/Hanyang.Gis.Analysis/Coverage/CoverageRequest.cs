using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>What to measure: which communities reach a facility of <paramref name="Kind"/> within <paramref name="Minutes"/>.</summary>
/// <param name="Kind">The facility kind.</param>
/// <param name="Profile">How people travel.</param>
/// <param name="Minutes">The travel-time budget.</param>
/// <param name="Statuses">Which facilities count (default: existing only).</param>
public sealed record CoverageRequest(FacilityKind Kind, TravelProfile Profile, double Minutes, IReadOnlySet<BuildStatus>? Statuses = null)
{
    /// <summary>The budget in seconds.</summary>
    public double BudgetSeconds => Minutes * 60;

    /// <summary>True when a facility of this status counts.</summary>
    public bool Counts(BuildStatus status) => Statuses?.Contains(status) ?? status == BuildStatus.Existing;
}
