using Hanyang.Gis.Application.Coverage;
using Hanyang.Gis.Application.Isochrones;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Server.Analysis.Responses;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>
/// The analysis API: coverage of communities and service circles, as the map asks for them, and the vocabulary
/// (the planner's other analyses are in <see cref="PlannerApi"/>, siting in <see cref="SitingApi"/>). Each
/// endpoint reads its query into an application request and returns the use case's typed result.
/// </summary>
internal static class AnalysisApi
{
    public static void MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Analysis");
        api.MapGet("/coverage", CoverageAsync).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(QueryDocs.Budget)
            .WithName("Coverage").WithSummary("Which communities reach a facility kind within a travel time, by street, zone and district");
        api.MapGet("/isochrones", IsochronesAsync).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(QueryDocs.Budget)
            .Produces<string>(StatusCodes.Status200OK, "application/geo+json")
            .WithName("Isochrones").WithSummary("Service circles of every facility of a kind and their union");
        api.MapGet("/facility-kinds", () => TypedResults.Ok(FacilityKinds.All.Select(FacilityKindResponse.From).ToArray()))
            .WithName("FacilityKinds").WithSummary("The facility kinds: identifier, the plan's Chinese name, capacity unit and service standards");
        api.MapGet("/travel-modes", () => TypedResults.Ok(TravelModes.All.Select(TravelModeResponse.From).ToArray()))
            .WithName("TravelModes").WithSummary("The travel modes: identifier for mode=, Chinese label and the speed the analyses use");
        api.MapGet("/service-standards", () => TypedResults.Ok(ServiceStandards.All.Select(ServiceStandardResponse.From).ToArray()))
            .WithName("ServiceStandards").WithSummary("The service standards by kind (GB 50180-2018 and others), the primary one first: the budget coverage uses by default");
        api.MapPlannerApi();
        api.MapSitingApi();
    }

    private static async Task<Results<Ok<CoverageResponse>, ProblemHttpResult>> CoverageAsync(HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = BudgetRequest.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } request)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        return TypedResults.Ok(CoverageResponse.From(await CoverageUseCase.RunAsync(analysis.Workspace, request, ct)));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> IsochronesAsync(HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = BudgetRequest.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } request)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        var result = await IsochronesUseCase.RunAsync(analysis.Workspace, request, ct);
        return TypedResults.Text(GeoJsonWriter.FeatureCollection(result.Features), "application/geo+json");
    }
}
