using System.Text.Json;
using System.Text.Json.Nodes;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>The analysis API: coverage of communities and service circles, as the map asks for them (the planner's other analyses are in <see cref="PlannerApi"/>).</summary>
internal static class AnalysisApi
{
    /// <summary>The title of every 400 an analysis answers.</summary>
    public const string InvalidTitle = "the analysis request is not valid";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Analysis");
        api.MapGet("/coverage", async (HttpRequest http, AnalysisLimits limits, AnalysisService analysis, CancellationToken ct) =>
        {
            var query = new QueryReader(http.Query);
            if (BudgetQuery.Read(query, limits) is not { } request)
            {
                return query.Invalid(InvalidTitle);
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            var result = new CoverageAnalyzer(plan, network).Compute(new CoverageRequest(request.Kind, request.Profile, request.Minutes));
            var body = JsonSerializer.SerializeToNode(CoverageSummary.From(result), Json)!.AsObject();
            body["communities"] = CommunitiesJson(result);
            return Results.Text(body.ToJsonString(Json), "application/json");
        }).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(QueryDocs.Budget).WithName("Coverage").WithSummary("Which communities reach a facility kind within a travel time, by street, zone and district");

        api.MapGet("/isochrones", async (HttpRequest http, AnalysisLimits limits, AnalysisService analysis, CancellationToken ct) =>
        {
            var query = new QueryReader(http.Query);
            if (BudgetQuery.Read(query, limits) is not { } request)
            {
                return query.Invalid(InvalidTitle);
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            var circles = (await analysis.ServiceCircles.GetOrComputeAsync(plan, network, request.Kind, request.Profile, request.Minutes, ct)).Circles;
            var names = plan.Facilities.ToDictionary(f => f.Id, f => f.Name);
            var features = circles.Select(c => (c.Area, ServiceCircleProperties.Of(c, names)));
            return Results.Text(GeoJsonWriter.FeatureCollection(features), "application/geo+json");
        }).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(QueryDocs.Budget).WithName("Isochrones").WithSummary("Service circles of every facility of a kind and their union");

        api.MapGet("/facility-kinds", () => TypedResults.Ok(FacilityKinds.All.Select(FacilityKindResponse.From).ToArray()))
            .WithName("FacilityKinds").WithSummary("The facility kinds: identifier, the plan's Chinese name, capacity unit and service standards");
        api.MapGet("/travel-modes", () => TypedResults.Ok(TravelModes.All.Select(TravelModeResponse.From).ToArray()))
            .WithName("TravelModes").WithSummary("The travel modes: identifier for mode=, Chinese label and the speed the analyses use");
        api.MapGet("/service-standards", () => TypedResults.Ok(ServiceStandards.All.Select(ServiceStandardResponse.From).ToArray()))
            .WithName("ServiceStandards").WithSummary("The service standards by kind (GB 50180-2018 and others), the primary one first: the budget coverage uses by default");
        api.MapPlannerApi();
        api.MapSitingApi();
    }

    /// <summary>Each community's coverage as GeoJSON points: covered or not, minutes and metres to the nearest facility.</summary>
    internal static JsonNode CommunitiesJson(CoverageResult result) =>
        JsonNode.Parse(GeoJsonWriter.FeatureCollection(result.Communities.Select(c => ((Geometry)c.Community.Location, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["code"] = c.Community.Code.Value,
            ["name"] = c.Community.Name,
            ["population"] = c.Community.Population,
            ["covered"] = c.Covered,
            ["nearest_facility"] = c.Nearest?.Name,
            ["minutes"] = double.IsFinite(c.NearestMinutes) ? Math.Round(c.NearestMinutes, 2) : null,
            ["metres"] = double.IsFinite(c.NearestNetworkMeters) ? Math.Round(c.NearestNetworkMeters) : null,
            ["count_within_budget"] = c.ReachableWithinBudget,
            ["covered_by_straight_line"] = c.CoveredByStraightLine,
        }))))!;
}
