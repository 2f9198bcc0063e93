using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>What joining a census table to the plan's communities gives.</summary>
/// <param name="Communities">Every community of the plan: those matched with their new population and source, the others as they were.</param>
/// <param name="Matched">Communities whose population the table set.</param>
/// <param name="UnknownCodes">Rows whose code is no community (or street with communities) of the plan, in table order.</param>
/// <param name="WithoutRow">Communities of the plan the table gives no population for (they keep theirs), by code.</param>
public sealed record PopulationJoinResult(
    IReadOnlyList<Community> Communities,
    IReadOnlyList<Community> Matched,
    IReadOnlyList<CensusRow> UnknownCodes,
    IReadOnlyList<Community> WithoutRow);
