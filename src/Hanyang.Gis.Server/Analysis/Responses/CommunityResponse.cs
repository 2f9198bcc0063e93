using System.Text.Json.Serialization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>A community as the planner's analyses name it.</summary>
internal sealed record CommunityResponse(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("street")] string Street,
    [property: JsonPropertyName("population")] int Population,
    [property: JsonPropertyName("accuracy")] string Accuracy)
{
    public static CommunityResponse From(Community c) => new(c.Code.Value, c.Name, c.Street.Value, c.Population, Identifiers.Of(c.Provenance.Accuracy));
}
