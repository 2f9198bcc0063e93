using System.Text.Json.Serialization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>A facility kind as the map and other clients name it (<c>GET /api/facility-kinds</c>).</summary>
/// <param name="Id">The kind identifier, e.g. primary-school.</param>
/// <param name="NameZh">The plan's Chinese term, e.g. 小学.</param>
/// <param name="CapacityUnit">The unit capacity is counted in: seats, beds, spaces or square-metres.</param>
/// <param name="Standards">The kind's service standards, the primary one first.</param>
internal sealed record FacilityKindResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name_zh")] string NameZh,
    [property: JsonPropertyName("capacity_unit")] string CapacityUnit,
    [property: JsonPropertyName("standards")] IReadOnlyList<ServiceStandardResponse> Standards)
{
    /// <summary>The response for a catalogue entry.</summary>
    public static FacilityKindResponse From(FacilityKindTerm term) =>
        new(term.Id, term.NameZh, Identifiers.Of(term.CapacityUnit), term.Standards.Select(ServiceStandardResponse.From).ToArray());
}
