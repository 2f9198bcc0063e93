using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Application.Requests;

namespace Hanyang.Gis.Application.Coverage;

/// <summary>Which communities reach a facility kind within a travel time along the network (GET /api/coverage, <c>hanyang coverage</c>).</summary>
public static class CoverageUseCase
{
    /// <summary>The coverage of the current plan.</summary>
    public static async Task<CoverageResult> RunAsync(PlanWorkspace workspace, BudgetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var (plan, network) = await workspace.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return new CoverageAnalyzer(plan, network).Compute(new CoverageRequest(request.Kind, request.Profile, request.Minutes));
    }
}
