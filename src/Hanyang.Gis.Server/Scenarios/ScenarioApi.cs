using System.Text.Json;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Scenarios;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Analysis;
using Hanyang.Gis.Server.Analysis.Responses;
using Hanyang.Gis.Server.Edits;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Scenarios;

/// <summary>
/// Planning scenarios kept in the store: "what if we build these facilities and close those". Reads are
/// open; writes need the bearer token (<see cref="WriteAccess"/>) and name the scenario's version in
/// If-Match. /api/scenarios/{id}/coverage compares the coverage of the plan with that of the plan with the
/// scenario applied (<see cref="ScenarioCoverageUseCase"/>).
/// </summary>
internal static class ScenarioApi
{
    public static void MapScenarioApi(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api/scenarios").WithTags("Scenarios");
        var writes = app.MapGroup("/api/scenarios").WithTags("Scenarios").AddEndpointFilter<WriteAccess>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        reads.MapGet("/", ListAsync).WithName("ListScenarios").WithSummary("Every scenario, by id");
        reads.MapGet("/{id}", GetOneAsync).WithName("GetScenario").WithSummary("One scenario with its proposed and closed facilities");
        reads.MapGet("/{id}/coverage", CoverageAsync).RequireRateLimiting(ExpensiveWork.Analysis).WithQuery(QueryDocs.Budget).WithName("ScenarioCoverage")
            .WithSummary("Coverage of the plan and of the plan with the scenario applied, and the change");
        writes.MapPost("/", CreateAsync).WithName("CreateScenario")
            .WithSummary("Creates a scenario from {\"name\", \"description\", \"id\"?, \"added_facilities\"?: a GeoJSON FeatureCollection in WGS84, \"removed_facilities\"?: [ids]} in one step, all or nothing; needs the bearer token");
        writes.MapDelete("/{id}", DeleteAsync).WithName("DeleteScenario").WithSummary("Deletes a scenario (If-Match: its version); needs the bearer token");
        writes.MapPost("/{id}/added-facilities", AddProposedAsync).WithName("AddProposedFacility")
            .WithSummary("Adds a proposed facility (a GeoJSON Feature in WGS84) to a scenario; If-Match: the scenario's version");
        writes.MapDelete("/{id}/added-facilities/{facilityId}", RemoveProposedAsync).WithName("RemoveProposedFacility")
            .WithSummary("Takes a proposed facility out of a scenario; If-Match: the scenario's version");
        writes.MapPost("/{id}/removed-facilities/{facilityId}", CloseAsync).WithName("CloseFacilityInScenario")
            .WithSummary("Marks an existing facility as closed in a scenario; If-Match: the scenario's version");
        writes.MapDelete("/{id}/removed-facilities/{facilityId}", ReopenAsync).WithName("ReopenFacilityInScenario")
            .WithSummary("Keeps a facility the scenario had closed; If-Match: the scenario's version");
    }

    private static async Task<Ok<ScenarioListResponse>> ListAsync(IPlanStore store, CancellationToken ct) =>
        TypedResults.Ok(new ScenarioListResponse([.. (await store.ListScenariosAsync(ct)).Select(ScenarioResponse.From)]));

    private static async Task<Results<Ok<ScenarioResponse>, ProblemHttpResult>> GetOneAsync(string id, HttpResponse response, IPlanStore store, CancellationToken ct)
    {
        var found = await ScenarioPlan.FindAsync(store, id, ct);
        if (found.Value is not { } scenario)
        {
            return UseCaseProblems.Of(found.Failure!);
        }

        response.Headers.ETag = WriteAccess.ETag(scenario.Version);
        return TypedResults.Ok(ScenarioResponse.From(scenario));
    }

    private static async Task<Created<ScenarioResponse>> CreateAsync(HttpRequest request, WriteAccess access, AnalysisService analysis, CancellationToken ct)
    {
        var (plan, _) = await analysis.CurrentAsync(ct);
        var scenario = ParseNew(await access.ReadBodyAsync(request, ct), plan);
        Versioned<Scenario> added;
        try
        {
            added = await analysis.Store.AddScenarioAsync(scenario, ct);
        }
        catch (DuplicateIdException e)
        {
            throw new RequestProblem(StatusCodes.Status409Conflict, "id taken", $"id: {e.Message}");
        }

        request.HttpContext.Response.Headers.ETag = WriteAccess.ETag(added.Version);
        return TypedResults.Created((string?)null, ScenarioResponse.From(added));
    }

    private static async Task<NoContent> DeleteAsync(string id, HttpRequest request, IPlanStore store, CancellationToken ct)
    {
        var version = WriteAccess.RequiredVersion(request);
        await GetAsync(store, id, ct);
        await store.DeleteScenarioAsync(new ScenarioId(id), version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ScenarioResponse>> AddProposedAsync(string id, HttpRequest request, WriteAccess access, AnalysisService analysis, CancellationToken ct)
    {
        var version = WriteAccess.RequiredVersion(request);
        var bytes = await access.ReadBodyAsync(request, ct);
        var (plan, _) = await analysis.CurrentAsync(ct);
        var body = FeatureBody.Parse(bytes, DistrictExtent.Of(plan.District));
        var scenario = await GetAsync(analysis.Store, id, ct);
        var facility = PlanEdits.ToFacility(body, PlanEdits.NewId(body, "proposed"));
        if (plan.Facilities.Any(f => f.Id == facility.Id) || scenario.Value.AddedFacilities.Any(f => f.Id == facility.Id))
        {
            throw new RequestProblem(StatusCodes.Status409Conflict, "id taken", $"properties.id: a facility '{facility.Id.Value}' exists already in the plan or the scenario");
        }

        return await SaveAsync(analysis.Store, request, scenario.Value with { AddedFacilities = [.. scenario.Value.AddedFacilities, facility] }, version, ct);
    }

    private static async Task<Ok<ScenarioResponse>> RemoveProposedAsync(string id, string facilityId, HttpRequest request, IPlanStore store, CancellationToken ct)
    {
        var version = WriteAccess.RequiredVersion(request);
        var scenario = await GetAsync(store, id, ct);
        if (scenario.Value.AddedFacilities.All(f => f.Id.Value != facilityId))
        {
            throw new RequestProblem(StatusCodes.Status404NotFound, "facility not in scenario", $"facilityId: scenario '{id}' proposes no facility '{facilityId}'");
        }

        return await SaveAsync(store, request, scenario.Value with { AddedFacilities = [.. scenario.Value.AddedFacilities.Where(f => f.Id.Value != facilityId)] }, version, ct);
    }

    private static async Task<Ok<ScenarioResponse>> CloseAsync(string id, string facilityId, HttpRequest request, IPlanStore store, CancellationToken ct)
    {
        var version = WriteAccess.RequiredVersion(request);
        var scenario = await GetAsync(store, id, ct);
        if (await store.FindFacilityAsync(new FacilityId(facilityId), ct) is null)
        {
            throw new RequestProblem(StatusCodes.Status404NotFound, "facility not found", $"facilityId: the plan has no facility '{facilityId}' to close");
        }

        var removed = scenario.Value.RemovedFacilities.Append(new FacilityId(facilityId)).Distinct().ToArray();
        return await SaveAsync(store, request, scenario.Value with { RemovedFacilities = removed }, version, ct);
    }

    private static async Task<Ok<ScenarioResponse>> ReopenAsync(string id, string facilityId, HttpRequest request, IPlanStore store, CancellationToken ct)
    {
        var version = WriteAccess.RequiredVersion(request);
        var scenario = await GetAsync(store, id, ct);
        return await SaveAsync(store, request, scenario.Value with { RemovedFacilities = [.. scenario.Value.RemovedFacilities.Where(f => f.Value != facilityId)] }, version, ct);
    }

    private static async Task<Results<Ok<ScenarioCoverageResponse>, ProblemHttpResult>> CoverageAsync(string id, HttpRequest http, UseCaseLimits limits, AnalysisService analysis, CancellationToken ct)
    {
        var parsed = BudgetRequest.Parse(QueryReader.Values(http.Query), limits);
        if (parsed.Value is not { } request)
        {
            return UseCaseProblems.Of(parsed.Failure!);
        }

        var result = await ScenarioCoverageUseCase.RunAsync(analysis.Workspace, id, request, ct);
        return result.Value is { } comparison ? TypedResults.Ok(ScenarioCoverageResponse.From(comparison)) : UseCaseProblems.Of(result.Failure!);
    }

    private static async Task<Versioned<Scenario>> GetAsync(IPlanStore store, string id, CancellationToken ct) =>
        await store.FindScenarioAsync(new ScenarioId(id), ct)
            ?? throw new RequestProblem(StatusCodes.Status404NotFound, "scenario not found", $"there is no scenario '{id}'");

    private static async Task<Ok<ScenarioResponse>> SaveAsync(IPlanStore store, HttpRequest request, Scenario scenario, long version, CancellationToken ct)
    {
        var saved = await store.UpdateScenarioAsync(scenario, version, ct);
        request.HttpContext.Response.Headers.ETag = WriteAccess.ETag(saved.Version);
        return TypedResults.Ok(ScenarioResponse.From(saved));
    }

    /// <summary>
    /// A new scenario from its body. Every proposed facility is checked as the edit API checks one; the first
    /// that fails names its index and name, and nothing is stored.
    /// </summary>
    private static Scenario ParseNew(byte[] body, PlanDataset plan)
    {
        var root = JsonBody.Parse(body);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw FeatureBody.Bad($"body: a scenario is a JSON object {{\"name\": …, \"description\": …, \"added_facilities\": …, \"removed_facilities\": …}}, found {JsonBody.Describe(root)}");
        }

        string? Text(string name, int maxLength)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var text = v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : throw FeatureBody.Bad($"{name}: expected text, found {JsonBody.Describe(v)}");
            return text.Length <= maxLength ? text : throw FeatureBody.Unprocessable($"{name}: {text.Length:N0} characters; a scenario's {name} has at most {maxLength:N0}");
        }

        var name = Text("name", 200) is { Length: > 0 } n ? n : throw FeatureBody.Unprocessable("name: missing; a scenario needs a name, e.g. \"四新新建2所小学\"");
        var id = Text("id", 64) ?? $"scenario-{Guid.NewGuid():N}"[..17];
        if (!PlanEdits.IsId(id))
        {
            throw FeatureBody.Unprocessable($"id: '{id}' is not an id; use 1–64 letters, digits, '-' or '_'");
        }

        var added = ProposedFacilities(root, plan);
        var removed = ClosedFacilities(root, plan);
        return new Scenario(new ScenarioId(id), name, Text("description", 2000) ?? string.Empty, added, removed);
    }

    /// <summary>The body's added_facilities, each checked as the edit API checks one; the first that fails is named by index and name.</summary>
    private static List<Facility> ProposedFacilities(JsonElement root, PlanDataset plan)
    {
        var extent = DistrictExtent.Of(plan.District);
        var added = new List<Facility>();
        if (root.TryGetProperty("added_facilities", out var collection) && collection.ValueKind != JsonValueKind.Null)
        {
            if (JsonBody.StringOrNull(collection, "type") != "FeatureCollection" || !collection.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw FeatureBody.Bad($"added_facilities: expected a GeoJSON FeatureCollection ({{\"type\": \"FeatureCollection\", \"features\": […]}}), found {JsonBody.Describe(collection)}");
            }

            var index = 0;
            foreach (var element in features.EnumerateArray())
            {
                var label = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("properties", out var p) && JsonBody.StringOrNull(p, "name") is { } nm
                    ? $" ('{QueryReader.Shown(nm)}')" : string.Empty;
                Facility facility;
                try
                {
                    var feature = FeatureBody.Parse(element, extent);
                    facility = PlanEdits.ToFacility(feature, PlanEdits.NewId(feature, "proposed"));
                }
                catch (RequestProblem problem)
                {
                    throw new RequestProblem(problem.Status, problem.Title, $"added_facilities.features[{index}]{label}: {problem.Message}");
                }

                if (plan.Facilities.Any(f => f.Id == facility.Id) || added.Any(f => f.Id == facility.Id))
                {
                    throw new RequestProblem(StatusCodes.Status409Conflict, "id taken", $"added_facilities.features[{index}]{label}: properties.id: a facility '{facility.Id.Value}' exists already in the plan or earlier in this scenario");
                }

                added.Add(facility);
                index++;
            }
        }

        return added;
    }

    /// <summary>The body's removed_facilities: ids of facilities in the plan, each once.</summary>
    private static FacilityId[] ClosedFacilities(JsonElement root, PlanDataset plan)
    {
        var removed = new List<FacilityId>();
        if (root.TryGetProperty("removed_facilities", out var closed) && closed.ValueKind != JsonValueKind.Null)
        {
            if (closed.ValueKind != JsonValueKind.Array)
            {
                throw FeatureBody.Bad("removed_facilities: expected an array of facility ids");
            }

            var index = 0;
            foreach (var element in closed.EnumerateArray())
            {
                var facilityId = element.ValueKind == JsonValueKind.String ? element.GetString()! : throw FeatureBody.Bad($"removed_facilities[{index}]: expected a facility id, found {JsonBody.Describe(element)}");
                if (plan.Facilities.All(f => f.Id.Value != facilityId))
                {
                    throw new RequestProblem(StatusCodes.Status422UnprocessableEntity, "the scenario cannot be accepted", $"removed_facilities[{index}]: the plan has no facility '{facilityId}' to close");
                }

                removed.Add(new FacilityId(facilityId));
                index++;
            }
        }

        return [.. removed.Distinct()];
    }
}
