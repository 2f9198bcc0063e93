using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Optimization;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>A chosen site and what it brings.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Facility">The proposed facility (status planned, labelled synthetic: a model's proposal, not a decision).</param>
/// <param name="CoveredPopulation">Residents of the communities this site reaches within the budget.</param>
/// <param name="GainPopulation">Residents newly covered for whom this is the nearest new site.</param>
/// <param name="AssignedUnits">Capacitated: places or spaces assigned to it; otherwise null.</param>
public sealed record SitedFacility(SitingCandidate Candidate, Facility Facility, long CoveredPopulation, long GainPopulation, long? AssignedUnits);

/// <summary>The answer to a siting question, with coverage before and after and the plan's target.</summary>
/// <param name="Request">The question.</param>
/// <param name="CandidateCount">Candidates considered (those that join the network).</param>
/// <param name="Selection">The solver's answer: objective, bound, gap, status, time.</param>
/// <param name="Sites">The chosen sites.</param>
/// <param name="Before">Coverage with the facilities in place.</param>
/// <param name="After">Coverage with the chosen sites added.</param>
/// <param name="Target">The plan's target of new facilities of this kind, when it has one.</param>
/// <param name="DemandUnit">What the objective counts: residents, places (capacitated schools) or spaces (car parks), or seconds (p-median).</param>
/// <param name="ServedBefore">Capacitated: demand served by the facilities in place; otherwise null.</param>
/// <param name="ServedAfter">Capacitated: demand served with the chosen sites; otherwise null.</param>
/// <param name="TotalDemand">Capacitated: all demand in units; otherwise null.</param>
public sealed record SitingResult(
    SitingRequest Request,
    int CandidateCount,
    SiteSelection Selection,
    IReadOnlyList<SitedFacility> Sites,
    CoverageResult Before,
    CoverageResult After,
    PlanTarget? Target,
    string DemandUnit,
    long? ServedBefore,
    long? ServedAfter,
    long? TotalDemand)
{
    /// <summary>Residents newly covered in the district.</summary>
    public long GainPopulation => After.District.CoveredPopulation - Before.District.CoveredPopulation;

    /// <summary>How much of the plan's target count the chosen sites meet (0..1+), or null without a target.</summary>
    public double? TargetShare => Target?.TargetCount is { } n && n > 0 ? (double)Sites.Count / n : null;
}
