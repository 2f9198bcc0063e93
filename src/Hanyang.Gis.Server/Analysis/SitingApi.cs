using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Siting;
using Hanyang.Gis.Server.Analysis.Responses;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>The siting API: where the next facilities of a kind should go, with coverage before and after.</summary>
internal static class SitingApi
{
    public static void MapSitingApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/siting", SitingAsync).RequireRateLimiting(ExpensiveWork.Siting)
          .WithQuery(
            QueryDocs.Budget[0],
            new("count", "integer", false, "new sites, 1 to Limits:MaxSitingCount (default 100); default 1"),
            new("objective", "string", false, "max-coverage (default), min-facilities or p-median"),
            QueryDocs.Budget[1],
            new("minutes", "number", false, "travel-time budget, default 10"),
            new("candidates", "string", false, "geodata (default: the plan's candidate sites) or grid:<metres> (50–5000; at most Limits:MaxSitingCandidates points)"),
            new("points", "string", false, "extra candidates as lon,lat;lon,lat in WGS84"),
            new("solver", "string", false, "exact (default, CP-SAT) or heuristic"),
            new("timeLimit", "integer", false, "solver time limit in seconds, 1 to Limits:MaxSolverSeconds (default 60); default 30"),
            new("capacitated", "boolean", false, "count school places or parking spaces against capacities"))
          .WithName("Siting").WithSummary("Where the next facilities of a kind should go (MCLP, LSCP, p-median, capacitated), with coverage before and after");
    }

    private static async Task<Results<Ok<SitingResponse>, ProblemHttpResult>> SitingAsync(HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = SitingQuery.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } query)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        try
        {
            // A client that goes away (RequestAborted) stops the solve; the time limit bounds it.
            var result = await SitingUseCase.RunAsync(analysis.Workspace, query, limits, progress: null, ct);
            return result.Value is { } sited ? TypedResults.Ok(SitingResponse.From(sited)) : UseCaseProblems.Of(result.Failure!);
        }
        finally
        {
            MemoryRelease.AfterLargeWork();
        }
    }
}
