using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Analysis.Medical;

/// <summary>The four medical emergency circles under one driving profile, and who is outside all of them.</summary>
/// <param name="ProfileName">The travel profile, e.g. drive-offpeak or drive-peak.</param>
/// <param name="Minutes">The budget (the plan's circles are 10 minutes).</param>
/// <param name="Circles">The circles, 东中南西.</param>
/// <param name="Outside">Communities outside every circle, most populous first.</param>
/// <param name="TotalPopulation">Residents of the district.</param>
public sealed record MedicalCirclesResult(string ProfileName, double Minutes, IReadOnlyList<MedicalCircleCoverage> Circles, IReadOnlyList<Community> Outside, long TotalPopulation)
{
    /// <summary>Residents outside every circle.</summary>
    public long OutsidePopulation => Outside.Sum(c => (long)c.Population);

    /// <summary>Share of residents outside every circle (0–1).</summary>
    public double OutsideRate => TotalPopulation == 0 ? 0 : (double)OutsidePopulation / TotalPopulation;
}
