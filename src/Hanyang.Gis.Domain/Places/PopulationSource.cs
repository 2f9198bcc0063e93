namespace Hanyang.Gis.Domain.Places;

/// <summary>
/// Where a community's resident count comes from (issue 16): a census table, a population grid, or the
/// bundled synthetic split. Recorded on the community so that every figure built on it can say what it rests on.
/// </summary>
/// <param name="Source">A short human-readable source, e.g. 第七次全国人口普查 or WorldPop 2020 (100 m).</param>
/// <param name="Year">The year the count refers to, when known.</param>
/// <param name="AgeGroups">Residents by age group as the source gives them (e.g. 0-14, 15-59, 60+), in the source's order; empty when it gives none.</param>
public sealed record PopulationSource(string Source, int? Year, IReadOnlyList<AgeGroupCount> AgeGroups)
{
    /// <summary>The label of the bundled plan's populations, which are a synthetic split of the district total.</summary>
    public const string SyntheticLabel = "合成（示意）";

    /// <summary>The bundled plan's synthetic populations.</summary>
    public static PopulationSource Synthetic { get; } = new(SyntheticLabel, null, []);
}
