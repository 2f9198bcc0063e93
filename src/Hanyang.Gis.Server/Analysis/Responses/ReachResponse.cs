using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Application.Reach;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GET /api/reach: the community, every facility it reaches (nearest first), the count by kind and the routes as GeoJSON.</summary>
internal sealed record ReachResponse(
    [property: JsonPropertyName("community")] CommunityResponse Community,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("facilities")] IReadOnlyList<ReachedFacilityResponse> Facilities,
    [property: JsonPropertyName("by_kind")] IReadOnlyDictionary<string, int> ByKind,
    [property: JsonPropertyName("routes")] JsonElement Routes)
{
    public static ReachResponse From(ReachResult result) => new(
        CommunityResponse.From(result.Community),
        result.Request.Mode,
        result.Request.Profile.Name,
        result.Request.Minutes,
        [.. result.Routes.Select(r => new ReachedFacilityResponse(r.Reached.Facility.Id.Value, r.Reached.Facility.Name, Identifiers.Of(r.Reached.Facility.Kind),
            Math.Round(r.Reached.Minutes, 2), Math.Round(r.NetworkMeters), Math.Round(r.Reached.StraightLineMeters), Identifiers.Of(r.Reached.Facility.Provenance.Accuracy)))],
        result.Routes.GroupBy(r => r.Reached.Facility.Kind).OrderBy(g => g.Key).ToDictionary(g => Identifiers.Of(g.Key), g => g.Count()),
        GeoJsonParts.Collection(result.Routes.Select(r => (r.Route, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["facility_id"] = r.Reached.Facility.Id.Value,
            ["facility"] = r.Reached.Facility.Name,
            ["kind"] = Identifiers.Of(r.Reached.Facility.Kind),
            ["minutes"] = Math.Round(r.Reached.Minutes, 2),
            ["metres"] = Math.Round(r.NetworkMeters),
        }))));
}

/// <summary>A facility a community reaches.</summary>
internal sealed record ReachedFacilityResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("metres")] double Metres,
    [property: JsonPropertyName("straight_line_metres")] double StraightLineMetres,
    [property: JsonPropertyName("accuracy")] string Accuracy);
