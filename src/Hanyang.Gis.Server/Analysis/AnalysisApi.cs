using System.Text.Json;
using System.Text.Json.Nodes;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>The analysis API: coverage of communities and service circles, as the map asks for them (the planner's other analyses are in <see cref="PlannerApi"/>).</summary>
internal static class AnalysisApi
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Analysis");
        api.MapGet("/coverage", async (string? kind, string? mode, double? minutes, AnalysisService analysis, CancellationToken ct) =>
        {
            if (Parse(kind, mode, minutes) is not { } request)
            {
                return BadRequest(kind, mode, minutes);
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            var result = new CoverageAnalyzer(plan, network).Compute(new CoverageRequest(request.Kind, request.Profile, request.Minutes));
            var body = JsonSerializer.SerializeToNode(CoverageSummary.From(result), Json)!.AsObject();
            body["communities"] = CommunitiesJson(result);
            return Results.Text(body.ToJsonString(Json), "application/json");
        }).WithName("Coverage").WithSummary("Which communities reach a facility kind within a travel time, by street, zone and district");

        api.MapGet("/isochrones", async (string? kind, string? mode, double? minutes, AnalysisService analysis, CancellationToken ct) =>
        {
            if (Parse(kind, mode, minutes) is not { } request)
            {
                return BadRequest(kind, mode, minutes);
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            var circles = (await analysis.ServiceCircles.GetOrComputeAsync(plan, network, request.Kind, request.Profile, request.Minutes, ct)).Circles;
            var names = plan.Facilities.ToDictionary(f => f.Id, f => f.Name);
            var features = circles.Select(c => (c.Area, ServiceCircleProperties.Of(c, names)));
            return Results.Text(GeoJsonWriter.FeatureCollection(features), "application/geo+json");
        }).WithName("Isochrones").WithSummary("Service circles of every facility of a kind and their union");

        api.MapGet("/facility-kinds", () => Results.Json(Identifiers.All<FacilityKind>())).WithName("FacilityKinds").WithSummary("The facility kind identifiers");
        api.MapGet("/service-standards", () => Results.Text(JsonSerializer.Serialize(ServiceStandards.All.Select(s => new
        {
            kind = Identifiers.Of(s.Kind),
            primary = ReferenceEquals(ServiceStandards.PrimaryFor(s.Kind), s),
            mode = s.Mode == AccessMode.Driving ? "drive" : "walk",
            minutes = s.Minutes,
            distance_meters = s.DistanceMeters,
            life_circle = s.LifeCircle is { } circle ? Identifiers.Of(circle) : null,
            source = s.Source,
        }), Json), "application/json")).WithName("ServiceStandards").WithSummary("The service standards by kind (GB 50180-2018 and others), the primary one first: the budget coverage uses by default");
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

    internal static (FacilityKind Kind, TravelProfile Profile, double Minutes)? Parse(string? kind, string? mode, double? minutes)
    {
        if (!Identifiers.TryParse<FacilityKind>(kind, out var k) || minutes is not (> 0 and <= 240))
        {
            return null;
        }

        try
        {
            return (k, TravelProfiles.Parse(mode ?? "walk"), minutes.Value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    internal static IResult BadRequest(string? kind, string? mode, double? minutes)
    {
        var problems = new List<string>();
        if (!Identifiers.TryParse<FacilityKind>(kind, out _))
        {
            problems.Add($"kind '{kind}' is not a facility kind; use one of {string.Join(", ", Identifiers.All<FacilityKind>())}");
        }

        if (mode is not (null or "walk" or "walk-slow" or "drive" or "drive-peak"))
        {
            problems.Add($"mode '{mode}': use walk, walk-slow, drive or drive-peak");
        }

        if (minutes is not (> 0 and <= 240))
        {
            problems.Add($"minutes '{minutes}': give a budget between 0 and 240");
        }

        return Results.Problem(title: "the analysis request is not valid", detail: string.Join("; ", problems), statusCode: 400);
    }
}
