using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Reach;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Application.FacilityCircles;

/// <summary>One facility's service circle and the communities inside it: its catchment (GET /api/facility-circle).</summary>
public static class FacilityCircleUseCase
{
    /// <summary>The field that names the facility.</summary>
    public const string Field = "facility";

    /// <summary>Reads facility, mode and minutes.</summary>
    public static Outcome<SubjectBudgetRequest> Parse(RequestValues values, UseCaseLimits limits) =>
        SubjectBudgetRequest.Parse(values, limits, Field, "a facility id, e.g. fac-hosp-wuyi");

    /// <summary>The circle and catchment; 404 when no facility has the id, 422 when it is off the network.</summary>
    public static async Task<Outcome<FacilityCircleResult>> RunAsync(PlanWorkspace workspace, SubjectBudgetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var (plan, network) = await workspace.CurrentAsync(request.Profile, cancellationToken).ConfigureAwait(false);
        if (plan.Facilities.FirstOrDefault(f => f.Id.Value == request.Subject) is not { } facility)
        {
            return UseCaseFailure.About(FailureKind.NotFound, "no such facility", Field, request.Subject, "no facility has that id");
        }

        if (new ServiceCircleBuilder(network).For(facility, request.Minutes) is not { } circle)
        {
            return UseCaseFailure.Unprocessable("the facility is off the network",
                $"facility '{request.Subject}' ({facility.Name}) is more than {SnapPolicy.Default.MaxOffsetMeters:0} m from any road usable by {request.Profile.Name}");
        }

        return new FacilityCircleResult(request, facility, circle, FacilityCatchment.Of(plan, network, facility, request.Minutes));
    }
}

/// <summary>A facility's circle and the communities inside it.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Facility">The facility.</param>
/// <param name="Circle">Its service circle: the area and the reached network.</param>
/// <param name="Inside">The communities within the budget, with their travel times.</param>
public sealed record FacilityCircleResult(SubjectBudgetRequest Request, Facility Facility, ServiceCircle Circle, IReadOnlyList<CatchmentCommunity> Inside)
{
    /// <summary>Residents of the communities inside.</summary>
    public long PopulationInside => Inside.Sum(c => (long)c.Community.Population);
}
