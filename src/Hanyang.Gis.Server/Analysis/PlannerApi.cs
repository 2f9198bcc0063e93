using Hanyang.Gis.Application.FacilityCircles;
using Hanyang.Gis.Application.MedicalCircles;
using Hanyang.Gis.Application.Reach;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Targets;
using Hanyang.Gis.Server.Analysis.Responses;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>
/// The analyses the planner's map asks for beyond coverage: what a community reaches (with routes), one
/// facility's circle and the communities inside it, the four medical emergency circles, and progress
/// towards the plan's facility targets. One handler per endpoint: read the query, run the use case, answer.
/// </summary>
internal static class PlannerApi
{
    public static void MapPlannerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reach", ReachAsync).RequireRateLimiting(ExpensiveWork.Analysis)
            .WithQuery(new("community", "string", true, "community code (12 digits) or name, e.g. 钟家村社区"), QueryDocs.Budget[1], QueryDocs.Budget[2])
            .WithName("Reach").WithSummary("Every existing facility a community reaches within a travel time, with the routes it takes");
        api.MapGet("/facility-circle", FacilityCircleAsync).RequireRateLimiting(ExpensiveWork.Analysis)
            .WithQuery(new("facility", "string", true, "facility id, e.g. fac-hosp-wuyi"), QueryDocs.Budget[1], QueryDocs.Budget[2])
            .WithName("FacilityCircle").WithSummary("One facility's service circle and the communities inside it");
        api.MapGet("/medical-circles", MedicalCirclesAsync).RequireRateLimiting(ExpensiveWork.Analysis)
            .WithQuery(new("profile", "string", false, "offpeak (default) or peak"), new("minutes", "number", false, "budget in minutes (default 10, the plan's)"))
            .WithName("MedicalCircles").WithSummary("The plan's four 10-minute medical emergency circles by car, off-peak or peak");
        api.MapGet("/plan-targets", PlanTargetsAsync)
            .WithName("PlanTargets").WithSummary("Progress towards the plan's 2025 facility targets, counted from the facilities in the data");
    }

    private static async Task<Results<Ok<ReachResponse>, ProblemHttpResult>> ReachAsync(HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = ReachUseCase.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } request)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        var result = await ReachUseCase.RunAsync(analysis.Workspace, request, withRoutes: true, ct);
        return result.Value is { } reach ? TypedResults.Ok(ReachResponse.From(reach)) : UseCaseProblems.Of(result.Failure!);
    }

    private static async Task<Results<Ok<FacilityCircleResponse>, ProblemHttpResult>> FacilityCircleAsync(HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = FacilityCircleUseCase.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } request)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        var result = await FacilityCircleUseCase.RunAsync(analysis.Workspace, request, ct);
        return result.Value is { } circle ? TypedResults.Ok(FacilityCircleResponse.From(circle)) : UseCaseProblems.Of(result.Failure!);
    }

    private static async Task<Results<Ok<MedicalCirclesResponse>, ProblemHttpResult>> MedicalCirclesAsync(HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = MedicalCirclesRequest.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } request)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        return TypedResults.Ok(MedicalCirclesResponse.From(request, await MedicalCirclesUseCase.RunAsync(analysis.Workspace, request, ct)));
    }

    private static async Task<Ok<PlanTargetResponse[]>> PlanTargetsAsync(AnalysisService analysis, CancellationToken ct) =>
        TypedResults.Ok((await TargetsUseCase.RunAsync(analysis.Workspace, ct)).Select(PlanTargetResponse.From).ToArray());
}
