using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Analysis.Responses;

namespace Hanyang.Gis.Server.Scenarios;

/// <summary>A stored scenario: its proposed facilities as GeoJSON (WGS84), the ids it closes and its version (also the ETag).</summary>
internal sealed record ScenarioResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("version")] long Version,
    [property: JsonPropertyName("added_facilities")] JsonElement AddedFacilities,
    [property: JsonPropertyName("removed_facilities")] IReadOnlyList<string> RemovedFacilities)
{
    public static ScenarioResponse From(Versioned<Scenario> scenario) => new(
        scenario.Value.Id.Value,
        scenario.Value.Name,
        scenario.Value.Description,
        scenario.Version,
        GeoJsonParts.Collection(scenario.Value.AddedFacilities.Select(f => (f.Location, PlanFeatures.From(f).Properties))),
        [.. scenario.Value.RemovedFacilities.Select(f => f.Value)]);
}

/// <summary>Every scenario.</summary>
internal sealed record ScenarioListResponse([property: JsonPropertyName("scenarios")] IReadOnlyList<ScenarioResponse> Scenarios);
