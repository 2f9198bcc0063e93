namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>The coverage of one facility kind: per community, and summed by street, zone and district.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="FacilityCount">Facilities of the kind that counted.</param>
/// <param name="StandardMeters">The GB 50180-2018 service radius of the kind, when it has one.</param>
/// <param name="StraightLineRadiusMeters">Radius of the straight-line circle shown for comparison (budget × the local-street speed).</param>
/// <param name="Communities">One row per community, ordered by code.</param>
/// <param name="District">The whole district.</param>
/// <param name="Streets">Per street, ordered by code.</param>
/// <param name="Zones">Per planning zone (communities located in it), ordered by id.</param>
public sealed record CoverageResult(
    CoverageRequest Request,
    int FacilityCount,
    double? StandardMeters,
    double StraightLineRadiusMeters,
    IReadOnlyList<CommunityCoverage> Communities,
    AreaCoverage District,
    IReadOnlyList<AreaCoverage> Streets,
    IReadOnlyList<AreaCoverage> Zones)
{
    /// <summary>The communities no facility of the kind reaches within the budget.</summary>
    public IEnumerable<CommunityCoverage> Uncovered => Communities.Where(c => !c.Covered);
}
