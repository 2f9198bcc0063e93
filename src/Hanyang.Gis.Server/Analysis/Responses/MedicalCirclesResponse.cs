using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Analysis.Medical;
using Hanyang.Gis.Application.MedicalCircles;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GET /api/medical-circles: the four circles as GeoJSON, who is outside them, and the circles without an anchor hospital.</summary>
internal sealed record MedicalCirclesResponse(
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("travel_profile")] string TravelProfile,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("population")] long Population,
    [property: JsonPropertyName("outside")] OutsideResponse Outside,
    [property: JsonPropertyName("circles")] JsonElement Circles,
    [property: JsonPropertyName("without_anchor")] IReadOnlyList<string> WithoutAnchor)
{
    public static MedicalCirclesResponse From(MedicalCirclesRequest request, MedicalCirclesResult result) => new(
        request.Profile,
        result.ProfileName,
        result.Minutes,
        result.TotalPopulation,
        new OutsideResponse(result.Outside.Count, result.OutsidePopulation, Math.Round(result.OutsideRate, 4), [.. result.Outside.Select(CommunityResponse.From)]),
        GeoJsonParts.Collection(result.Circles.Where(c => c.Area is not null).Select(c => (c.Area!.Area, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["id"] = Identifiers.Of(c.Circle),
            ["circle"] = Identifiers.Of(c.Circle),
            ["name"] = c.Name,
            ["anchors"] = c.Anchors.Select(a => a.Name).ToArray(),
            ["covered_communities"] = c.District.CoveredCommunities,
            ["covered_population"] = c.District.CoveredPopulation,
            ["coverage_rate"] = Math.Round(c.District.Rate, 4),
            ["minutes"] = result.Minutes,
        }))),
        [.. result.Circles.Where(c => c.Anchors.Count == 0).Select(c => Identifiers.Of(c.Circle))]);
}

/// <summary>The communities outside every circle.</summary>
internal sealed record OutsideResponse(
    [property: JsonPropertyName("communities")] int Communities,
    [property: JsonPropertyName("population")] long Population,
    [property: JsonPropertyName("rate")] double Rate,
    [property: JsonPropertyName("list")] IReadOnlyList<CommunityResponse> List);
