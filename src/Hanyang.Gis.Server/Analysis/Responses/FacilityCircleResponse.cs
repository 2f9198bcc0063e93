using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Application.FacilityCircles;
using Hanyang.Gis.Domain;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GET /api/facility-circle: the facility, its circle (area and reached network) and the communities inside, as GeoJSON.</summary>
internal sealed record FacilityCircleResponse(
    [property: JsonPropertyName("facility")] FacilityResponse Facility,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("reached_network_meters")] double ReachedNetworkMeters,
    [property: JsonPropertyName("population_inside")] long PopulationInside,
    [property: JsonPropertyName("circle")] JsonElement Circle,
    [property: JsonPropertyName("communities")] JsonElement Communities)
{
    public static FacilityCircleResponse From(FacilityCircleResult result)
    {
        var (f, circle, minutes) = (result.Facility, result.Circle, result.Request.Minutes);
        return new(
            new FacilityResponse(f.Id.Value, f.Name, Identifiers.Of(f.Kind), Identifiers.Of(f.Status), Identifiers.Of(f.Provenance.Accuracy)),
            result.Request.Mode,
            result.Request.Profile.Name,
            minutes,
            Math.Round(circle.ReachedMeters),
            result.PopulationInside,
            GeoJsonParts.Collection<Geometry>(
            [
                (circle.Area, new Dictionary<string, object?> { ["part"] = "area", ["facility"] = f.Name, ["kind"] = Identifiers.Of(f.Kind), ["minutes"] = minutes, ["area_m2"] = Math.Round(circle.Area.Area) }),
                (circle.ReachedNetwork, new Dictionary<string, object?> { ["part"] = "network", ["facility"] = f.Name, ["reached_network_meters"] = Math.Round(circle.ReachedMeters) }),
            ]),
            GeoJsonParts.Collection(result.Inside.Select(c => (c.Community.Location, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["code"] = c.Community.Code.Value,
                ["name"] = c.Community.Name,
                ["population"] = c.Community.Population,
                ["minutes"] = Math.Round(c.Minutes, 2),
                ["accuracy"] = Identifiers.Of(c.Community.Provenance.Accuracy),
            }))));
    }
}

/// <summary>A facility as an analysis names it.</summary>
internal sealed record FacilityResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("accuracy")] string Accuracy);
