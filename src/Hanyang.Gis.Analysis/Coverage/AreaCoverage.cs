namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>Population-weighted coverage of an area (a street, a zone, the district).</summary>
/// <param name="Id">The area's id (street code, zone id, or the district code).</param>
/// <param name="Name">Its name.</param>
/// <param name="Communities">Communities in it.</param>
/// <param name="CoveredCommunities">Communities covered along the network.</param>
/// <param name="Population">Residents.</param>
/// <param name="CoveredPopulation">Residents within reach: all of a covered community known by its point, the covered share of one with an area.</param>
/// <param name="CoveredByStraightLinePopulation">Residents covered if straight-line circles were used instead.</param>
public sealed record AreaCoverage(string Id, string Name, int Communities, int CoveredCommunities, long Population, long CoveredPopulation, long CoveredByStraightLinePopulation)
{
    /// <summary>Share of residents covered along the network (0–1; 0 for an empty area).</summary>
    public double Rate => Population == 0 ? 0 : (double)CoveredPopulation / Population;

    /// <summary>Share of residents covered by straight-line circles (0–1).</summary>
    public double StraightLineRate => Population == 0 ? 0 : (double)CoveredByStraightLinePopulation / Population;
}
