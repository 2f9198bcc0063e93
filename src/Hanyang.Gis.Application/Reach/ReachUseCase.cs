using Hanyang.Gis.Analysis.Reach;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Application.Reach;

/// <summary>Every existing facility a community reaches within a travel time (GET /api/reach with routes, <c>hanyang reach</c>).</summary>
public static class ReachUseCase
{
    /// <summary>The field that names the community, and what it takes.</summary>
    public const string Field = "community";

    /// <summary>What the community field takes.</summary>
    public const string Expected = "a community code (12 digits) or name, e.g. 钟家村社区";

    /// <summary>Reads community, mode and minutes.</summary>
    public static Outcome<SubjectBudgetRequest> Parse(RequestValues values, UseCaseLimits limits, double? defaultMinutes = null) =>
        SubjectBudgetRequest.Parse(values, limits, Field, Expected, defaultMinutes);

    /// <summary>What the community reaches; with <paramref name="withRoutes"/>, the route to each facility too.</summary>
    public static async Task<Outcome<ReachResult>> RunAsync(PlanWorkspace workspace, SubjectBudgetRequest request, bool withRoutes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var (plan, network) = await workspace.CurrentAsync(request.Profile, cancellationToken).ConfigureAwait(false);
        var found = Find(plan, request.Subject);
        if (found.Value is not { } community)
        {
            return found.Failure!;
        }

        if (!withRoutes)
        {
            return new ReachResult(request, community, CommunityReach.From(plan, network, community, request.Minutes), []);
        }

        var routes = CommunityRoutes.From(plan, network, community, request.Minutes);
        return new ReachResult(request, community, [.. routes.Select(r => r.Reached)], routes);
    }

    /// <summary>The one community whose code or name (with or without 社区) is <paramref name="wanted"/>.</summary>
    public static Outcome<Community> Find(PlanDataset plan, string wanted)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var matches = plan.Communities.Where(c => c.Code.Value == wanted || c.Name == wanted || c.Name == wanted + "社区").ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => UseCaseFailure.About(FailureKind.NotFound, "no such community", Field, wanted, "no community has that code or name"),
            _ => UseCaseFailure.About(FailureKind.Invalid, UseCaseFailure.InvalidAnalysis, Field, wanted,
                $"{matches.Count} communities match; use the code ({string.Join(", ", matches.Select(m => m.Code))})"),
        };
    }
}

/// <summary>What a community reaches.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Community">The community.</param>
/// <param name="Reached">Every facility reached within the budget, nearest first.</param>
/// <param name="Routes">The route to each, when asked for (else empty).</param>
public sealed record ReachResult(SubjectBudgetRequest Request, Community Community, IReadOnlyList<ReachableFacility> Reached, IReadOnlyList<ReachRoute> Routes);
