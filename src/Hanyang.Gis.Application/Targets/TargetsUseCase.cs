using Hanyang.Gis.Analysis.Targets;

namespace Hanyang.Gis.Application.Targets;

/// <summary>Progress towards the plan's facility targets, counted from the facilities in the data (GET /api/plan-targets).</summary>
public static class TargetsUseCase
{
    /// <summary>Every target's progress, in the plan's order.</summary>
    public static async Task<IReadOnlyList<PlanTargetProgress>> RunAsync(PlanWorkspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var plan = await workspace.Store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        return PlanTargets.Progress(plan);
    }
}
