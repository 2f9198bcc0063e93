using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Analysis.Targets;

/// <summary>
/// Progress towards the plan's facility targets (《汉阳区“十四五”规划》 ch. 9), counted from the facilities in
/// the data. What counts is read from the plan's own wording: 新建/新增 counts new facilities (planned or
/// under construction), 在建 counts those under construction, any other count target (全覆盖, 每个街道,
/// 至少) counts existing ones; rates and per-capita indicators have no current value in the data.
/// </summary>
public static class PlanTargets
{
    /// <summary>The basis a target is counted on, from its kind, count and wording.</summary>
    public static TargetBasis BasisOf(PlanTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind is null || target.TargetCount is null)
        {
            return TargetBasis.Indicator;
        }

        if (target.Description.Contains("在建", StringComparison.Ordinal))
        {
            return TargetBasis.UnderConstruction;
        }

        return target.Description.StartsWith("新建", StringComparison.Ordinal) || target.Description.StartsWith("新增", StringComparison.Ordinal)
            ? TargetBasis.NewFacilities
            : TargetBasis.Existing;
    }

    /// <summary>Progress of every target of <paramref name="plan"/>, in the plan's order.</summary>
    public static IReadOnlyList<PlanTargetProgress> Progress(PlanDataset plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Targets.Select(t =>
        {
            var mine = t.Kind is { } kind ? plan.Facilities.Where(f => f.Kind == kind).ToArray() : [];
            var existing = mine.Count(f => f.Status == BuildStatus.Existing);
            var building = mine.Count(f => f.Status == BuildStatus.UnderConstruction);
            var planned = mine.Count(f => f.Status == BuildStatus.Planned);
            var basis = BasisOf(t);
            int? counted = basis switch
            {
                TargetBasis.NewFacilities => building + planned,
                TargetBasis.UnderConstruction => building,
                TargetBasis.Existing => existing,
                _ => null,
            };
            return new PlanTargetProgress(t, basis, existing, building, planned, counted);
        }).ToArray();
    }
}
