using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>How one community is served by one facility kind.</summary>
/// <param name="Community">The community.</param>
/// <param name="Nearest">The facility reached fastest along the network, or null when none is reachable.</param>
/// <param name="NearestSeconds">Travel time to it (+∞ when none).</param>
/// <param name="NearestNetworkMeters">Shortest network distance to the nearest reachable facility of the kind (+∞ when none).</param>
/// <param name="ReachableWithinBudget">How many facilities of the kind are within the budget.</param>
/// <param name="Covered">True when at least one is within the budget (for a community with an area: of some of its residents).</param>
/// <param name="MeetsStandardDistance">Whether the network distance meets the kind's GB 50180-2018 radius; null when the standard gives none.</param>
/// <param name="NearestByStraightLine">The nearest facility as the crow flies.</param>
/// <param name="StraightLineMeters">Distance to it as the crow flies.</param>
/// <param name="CoveredByStraightLine">True when it lies within the straight-line circle of the same budget.</param>
/// <param name="OnNetwork">False when the community is too far from any usable road to be snapped.</param>
/// <param name="CoveredShare">The share of its residents within reach (0–1): 0 or 1 for a community known by its point; for one with an area,
/// over its residents spread across the area (<see cref="CommunityDemand"/>).</param>
/// <param name="StraightLineCoveredShare">The same within the straight-line circles.</param>
public sealed record CommunityCoverage(
    Community Community,
    Facility? Nearest,
    double NearestSeconds,
    double NearestNetworkMeters,
    int ReachableWithinBudget,
    bool Covered,
    bool? MeetsStandardDistance,
    Facility? NearestByStraightLine,
    double StraightLineMeters,
    bool CoveredByStraightLine,
    bool OnNetwork,
    double CoveredShare,
    double StraightLineCoveredShare)
{
    /// <summary>Residents within reach along the network (population × <see cref="CoveredShare"/>, rounded).</summary>
    public long CoveredPopulation => (long)Math.Round(Community.Population * CoveredShare);

    /// <summary>Residents within the straight-line circles.</summary>
    public long StraightLineCoveredPopulation => (long)Math.Round(Community.Population * StraightLineCoveredShare);

    /// <summary>Travel minutes to the nearest facility (+∞ when none).</summary>
    public double NearestMinutes => NearestSeconds / 60;
}
