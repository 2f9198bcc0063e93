using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Domain.Plan;

/// <summary>
/// The whole plan as data, every geometry in EPSG:4547: what geodata/ holds and what a store serves.
/// Collections are read-only views.
/// </summary>
/// <param name="District">The district.</param>
/// <param name="Streets">The streets (街道).</param>
/// <param name="Communities">The residential communities (社区).</param>
/// <param name="Water">Rivers and lakes.</param>
/// <param name="Zones">The four functional zones.</param>
/// <param name="Belts">The two river belts.</param>
/// <param name="Roads">The noded road network.</param>
/// <param name="Facilities">Service facilities.</param>
/// <param name="CandidateSites">Candidate sites for new facilities.</param>
/// <param name="Targets">The plan's targets.</param>
public sealed record PlanDataset(
    District District,
    IReadOnlyList<Street> Streets,
    IReadOnlyList<Community> Communities,
    IReadOnlyList<WaterBody> Water,
    IReadOnlyList<PlanningZone> Zones,
    IReadOnlyList<RiverBelt> Belts,
    IReadOnlyList<Road> Roads,
    IReadOnlyList<Facility> Facilities,
    IReadOnlyList<CandidateSite> CandidateSites,
    IReadOnlyList<PlanTarget> Targets)
{
    /// <summary>The total resident population of all communities.</summary>
    public long TotalPopulation => Communities.Sum(c => (long)c.Population);
}
