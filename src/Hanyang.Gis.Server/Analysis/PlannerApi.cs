using System.Text.Json;
using System.Text.Json.Nodes;
using Hanyang.Gis.Analysis.Medical;
using Hanyang.Gis.Analysis.Reach;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Analysis.Targets;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Network;
using Hanyang.Gis.Server.Http;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>
/// The analyses the planner's map asks for beyond coverage: what a community reaches (with routes), one
/// facility's circle and the communities inside it, the four medical emergency circles, and progress
/// towards the plan's facility targets.
/// </summary>
internal static class PlannerApi
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapPlannerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reach", async (HttpRequest http, AnalysisLimits limits, AnalysisService analysis, CancellationToken ct) =>
        {
            var query = new QueryReader(http.Query);
            if (SubjectBudget(query, limits, "community", "a community code (12 digits) or name, e.g. 钟家村社区") is not (string community, string mode, TravelProfile profile, double minutes))
            {
                return query.Invalid(AnalysisApi.InvalidTitle);
            }

            var (plan, network) = await analysis.CurrentAsync(profile, ct);
            var matches = plan.Communities.Where(c => c.Code.Value == community || c.Name == community || c.Name == community + "社区").ToList();
            if (matches.Count == 0)
            {
                return Results.Problem(title: "no such community", detail: $"community '{community}': no community has that code or name", statusCode: 404);
            }

            if (matches.Count > 1)
            {
                return QueryReader.Problems400(AnalysisApi.InvalidTitle, [$"community '{community}': {matches.Count} communities match; use the code ({string.Join(", ", matches.Select(m => m.Code))})"]);
            }

            var target = matches[0];
            var routes = CommunityRoutes.From(plan, network, target, minutes);
            var body = new JsonObject
            {
                ["community"] = CommunityJson(target),
                ["mode"] = mode,
                ["profile"] = profile.Name,
                ["minutes"] = minutes,
                ["facilities"] = new JsonArray(routes.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = r.Reached.Facility.Id.Value,
                    ["name"] = r.Reached.Facility.Name,
                    ["kind"] = Identifiers.Of(r.Reached.Facility.Kind),
                    ["minutes"] = Math.Round(r.Reached.Minutes, 2),
                    ["metres"] = Math.Round(r.NetworkMeters),
                    ["straight_line_metres"] = Math.Round(r.Reached.StraightLineMeters),
                    ["accuracy"] = Identifiers.Of(r.Reached.Facility.Provenance.Accuracy),
                }).ToArray()),
                ["by_kind"] = new JsonObject(routes.GroupBy(r => r.Reached.Facility.Kind).OrderBy(g => g.Key)
                    .Select(g => KeyValuePair.Create(Identifiers.Of(g.Key), (JsonNode?)g.Count()))),
                ["routes"] = JsonNode.Parse(GeoJsonWriter.FeatureCollection(routes.Select(r => ((Geometry)r.Route, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["facility_id"] = r.Reached.Facility.Id.Value,
                    ["facility"] = r.Reached.Facility.Name,
                    ["kind"] = Identifiers.Of(r.Reached.Facility.Kind),
                    ["minutes"] = Math.Round(r.Reached.Minutes, 2),
                    ["metres"] = Math.Round(r.NetworkMeters),
                })))),
            };
            return Results.Text(body.ToJsonString(Json), "application/json");
        }).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(new("community", "string", true, "community code (12 digits) or name, e.g. 钟家村社区"), QueryDocs.Budget[1], QueryDocs.Budget[2]).WithName("Reach").WithSummary("Every existing facility a community reaches within a travel time, with the routes it takes");

        api.MapGet("/facility-circle", async (HttpRequest http, AnalysisLimits limits, AnalysisService analysis, CancellationToken ct) =>
        {
            var query = new QueryReader(http.Query);
            if (SubjectBudget(query, limits, "facility", "a facility id, e.g. fac-hosp-wuyi") is not (string facility, string mode, TravelProfile profile, double minutes))
            {
                return query.Invalid(AnalysisApi.InvalidTitle);
            }

            var (plan, network) = await analysis.CurrentAsync(profile, ct);
            if (plan.Facilities.FirstOrDefault(f => f.Id.Value == facility) is not { } found)
            {
                return Results.Problem(title: "no such facility", detail: $"facility '{facility}': no facility has that id", statusCode: 404);
            }

            var circle = new ServiceCircleBuilder(network).For(found, minutes);
            if (circle is null)
            {
                return Results.Problem(title: "the facility is off the network", detail: $"facility '{facility}' ({found.Name}) is more than {SnapPolicy.Default.MaxOffsetMeters:0} m from any road usable by {profile.Name}", statusCode: 422);
            }

            var inside = FacilityCatchment.Of(plan, network, found, minutes);
            var body = new JsonObject
            {
                ["facility"] = new JsonObject
                {
                    ["id"] = found.Id.Value,
                    ["name"] = found.Name,
                    ["kind"] = Identifiers.Of(found.Kind),
                    ["status"] = Identifiers.Of(found.Status),
                    ["accuracy"] = Identifiers.Of(found.Provenance.Accuracy),
                },
                ["mode"] = mode,
                ["profile"] = profile.Name,
                ["minutes"] = minutes,
                ["reached_network_meters"] = Math.Round(circle.ReachedMeters),
                ["population_inside"] = inside.Sum(c => (long)c.Community.Population),
                ["circle"] = JsonNode.Parse(GeoJsonWriter.FeatureCollection(
                [
                    (circle.Area, new Dictionary<string, object?> { ["part"] = "area", ["facility"] = found.Name, ["kind"] = Identifiers.Of(found.Kind), ["minutes"] = minutes, ["area_m2"] = Math.Round(circle.Area.Area) }),
                    (circle.ReachedNetwork, new Dictionary<string, object?> { ["part"] = "network", ["facility"] = found.Name, ["reached_network_meters"] = Math.Round(circle.ReachedMeters) }),
                ])),
                ["communities"] = JsonNode.Parse(GeoJsonWriter.FeatureCollection(inside.Select(c => ((Geometry)c.Community.Location, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["code"] = c.Community.Code.Value,
                    ["name"] = c.Community.Name,
                    ["population"] = c.Community.Population,
                    ["minutes"] = Math.Round(c.Minutes, 2),
                    ["accuracy"] = Identifiers.Of(c.Community.Provenance.Accuracy),
                })))),
            };
            return Results.Text(body.ToJsonString(Json), "application/json");
        }).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(new("facility", "string", true, "facility id, e.g. fac-hosp-wuyi"), QueryDocs.Budget[1], QueryDocs.Budget[2]).WithName("FacilityCircle").WithSummary("One facility's service circle and the communities inside it");

        api.MapGet("/medical-circles", async (HttpRequest http, AnalysisLimits limits, AnalysisService analysis, CancellationToken ct) =>
        {
            var query = new QueryReader(http.Query);
            var profile = query.Text("profile") ?? (query.Has("profile") ? null : "offpeak");
            if (profile is not null and not ("offpeak" or "peak"))
            {
                query.Add($"profile '{QueryReader.Shown(profile)}': use offpeak or peak");
            }

            var minutes = BudgetQuery.ReadMinutes(query, limits, 10);
            if (!query.IsValid || profile is null || minutes is null)
            {
                return query.Invalid(AnalysisApi.InvalidTitle);
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            var result = MedicalCircles.Compute(plan, network, MedicalCircles.Profile(profile), minutes.Value);
            var body = new JsonObject
            {
                ["profile"] = profile,
                ["travel_profile"] = result.ProfileName,
                ["minutes"] = result.Minutes,
                ["population"] = result.TotalPopulation,
                ["outside"] = new JsonObject
                {
                    ["communities"] = result.Outside.Count,
                    ["population"] = result.OutsidePopulation,
                    ["rate"] = Math.Round(result.OutsideRate, 4),
                    ["list"] = new JsonArray(result.Outside.Select(c => (JsonNode)CommunityJson(c)).ToArray()),
                },
                ["circles"] = JsonNode.Parse(GeoJsonWriter.FeatureCollection(result.Circles.Where(c => c.Area is not null).Select(c => (c.Area!.Area, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["id"] = Identifiers.Of(c.Circle),
                    ["circle"] = Identifiers.Of(c.Circle),
                    ["name"] = c.Name,
                    ["anchors"] = c.Anchors.Select(a => a.Name).ToArray(),
                    ["covered_communities"] = c.District.CoveredCommunities,
                    ["covered_population"] = c.District.CoveredPopulation,
                    ["coverage_rate"] = Math.Round(c.District.Rate, 4),
                    ["minutes"] = result.Minutes,
                })))),
                ["without_anchor"] = new JsonArray(result.Circles.Where(c => c.Anchors.Count == 0).Select(c => (JsonNode)Identifiers.Of(c.Circle)).ToArray()),
            };
            return Results.Text(body.ToJsonString(Json), "application/json");
        }).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(new("profile", "string", false, "offpeak (default) or peak"), new("minutes", "number", false, "budget in minutes (default 10, the plan's)")).WithName("MedicalCircles").WithSummary("The plan's four 10-minute medical emergency circles by car, off-peak or peak");

        api.MapGet("/plan-targets", async (AnalysisService analysis, CancellationToken ct) =>
        {
            var (plan, _) = await analysis.CurrentAsync(ct);
            var rows = PlanTargets.Progress(plan).Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Target.Id,
                ["kind"] = p.Target.Kind is { } k ? Identifiers.Of(k) : null,
                ["description"] = p.Target.Description,
                ["target_count"] = p.Target.TargetCount,
                ["target_value"] = p.Target.TargetValue,
                ["unit"] = p.Target.Unit,
                ["period"] = p.Target.Period,
                ["chapter"] = p.Target.Chapter,
                ["source"] = p.Target.Source,
                ["basis"] = Identifiers.Of(p.Basis),
                ["existing"] = p.Existing,
                ["under_construction"] = p.UnderConstruction,
                ["planned"] = p.Planned,
                ["counted"] = p.Counted,
                ["progress"] = p.Progress is { } v ? Math.Round(v, 4) : null,
            });
            return Results.Text(new JsonArray(rows.ToArray()).ToJsonString(Json), "application/json");
        }).WithName("PlanTargets").WithSummary("Progress towards the plan's 2025 facility targets, counted from the facilities in the data");
    }

    /// <summary>What reach and facility-circle ask: a subject (named by <paramref name="name"/>), a mode and minutes; null with the problems in <paramref name="query"/>.</summary>
    private static (string Subject, string Mode, TravelProfile Profile, double Minutes)? SubjectBudget(QueryReader query, AnalysisLimits limits, string name, string expected)
    {
        var subject = query.Text(name);
        var travel = query.Mode("mode", "walk");
        var minutes = BudgetQuery.ReadMinutes(query, limits, null);
        if (string.IsNullOrWhiteSpace(subject) && !query.Problems.Any(p => p.StartsWith(name, StringComparison.Ordinal)))
        {
            query.Add($"{name}: give {expected}");
        }

        return query.IsValid && subject is not null && travel is { } t && minutes is { } m ? (subject, t.Mode, t.Profile, m) : null;
    }

    private static JsonObject CommunityJson(Community c) => new()
    {
        ["code"] = c.Code.Value,
        ["name"] = c.Name,
        ["street"] = c.Street.Value,
        ["population"] = c.Population,
        ["accuracy"] = Identifiers.Of(c.Provenance.Accuracy),
    };
}
