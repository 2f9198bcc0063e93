using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Analysis.Targets;

/// <summary>How far the data is towards one plan target.</summary>
/// <param name="Target">The target.</param>
/// <param name="Basis">Which facilities count.</param>
/// <param name="Existing">Facilities of the target's kind that exist.</param>
/// <param name="UnderConstruction">Facilities of the kind under construction.</param>
/// <param name="Planned">Facilities of the kind planned.</param>
/// <param name="Counted">The facilities that count under <paramref name="Basis"/>; null for indicators.</param>
public sealed record PlanTargetProgress(PlanTarget Target, TargetBasis Basis, int Existing, int UnderConstruction, int Planned, int? Counted)
{
    /// <summary>Counted ÷ target count, capped at 1; null for indicators.</summary>
    public double? Progress => Counted is { } c && Target.TargetCount is > 0 and var t ? Math.Min(1.0, (double)c / t) : null;
}
