using Hanyang.Gis.Analysis.Medical;

namespace Hanyang.Gis.Application.MedicalCircles;

/// <summary>The plan's four medical emergency circles by car and who is left outside them (GET /api/medical-circles, <c>hanyang medical-circles</c>).</summary>
public static class MedicalCirclesUseCase
{
    /// <summary>The circles of the current plan.</summary>
    public static async Task<MedicalCirclesResult> RunAsync(PlanWorkspace workspace, MedicalCirclesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var (plan, network) = await workspace.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return Analysis.Medical.MedicalCircles.Compute(plan, network, request.TravelProfile, request.Minutes);
    }
}
