namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table plan_targets: what the plan promises.</summary>
internal sealed class PlanTargetRow
{
    public string Id { get; set; } = "";

    public string? Kind { get; set; }

    public string Description { get; set; } = "";

    public int? TargetCount { get; set; }

    public double? TargetValue { get; set; }

    public string? Unit { get; set; }

    public string Period { get; set; } = "";

    public string Chapter { get; set; } = "";

    public string Source { get; set; } = "";
}
