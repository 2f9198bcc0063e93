using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Plan;

/// <summary>Something the plan promises by the end of its period, with the chapter it comes from.</summary>
/// <param name="Id">Identifier, e.g. "new-primary-schools".</param>
/// <param name="Kind">The facility kind it counts, when it counts facilities.</param>
/// <param name="Description">The plan's words (Chinese).</param>
/// <param name="TargetCount">How many facilities, for count targets.</param>
/// <param name="TargetValue">The figure, for indicator targets (e.g. 4.74 physicians per 1000 residents).</param>
/// <param name="Unit">The unit of <paramref name="TargetValue"/>.</param>
/// <param name="Period">The plan period, e.g. "2021-2025".</param>
/// <param name="Chapter">Where the plan says it, e.g. "第九章 第一节".</param>
/// <param name="Source">The document.</param>
public sealed record PlanTarget(
    string Id,
    FacilityKind? Kind,
    string Description,
    int? TargetCount,
    double? TargetValue,
    string? Unit,
    string Period,
    string Chapter,
    string Source);
