using System.Text.Json.Serialization;
using Hanyang.Gis.Analysis.Targets;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>One of the plan's targets and the progress towards it (GET /api/plan-targets).</summary>
internal sealed record PlanTargetResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("target_count")] int? TargetCount,
    [property: JsonPropertyName("target_value")] double? TargetValue,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("chapter")] string Chapter,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("basis")] string Basis,
    [property: JsonPropertyName("existing")] int Existing,
    [property: JsonPropertyName("under_construction")] int UnderConstruction,
    [property: JsonPropertyName("planned")] int Planned,
    [property: JsonPropertyName("counted")] int? Counted,
    [property: JsonPropertyName("progress")] double? Progress)
{
    public static PlanTargetResponse From(PlanTargetProgress p) => new(
        p.Target.Id, p.Target.Kind is { } k ? Identifiers.Of(k) : null, p.Target.Description, p.Target.TargetCount, p.Target.TargetValue, p.Target.Unit,
        p.Target.Period, p.Target.Chapter, p.Target.Source, Identifiers.Of(p.Basis), p.Existing, p.UnderConstruction, p.Planned, p.Counted,
        p.Progress is { } v ? Math.Round(v, 4) : null);
}
