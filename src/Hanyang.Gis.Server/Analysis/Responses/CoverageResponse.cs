using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Application.Coverage;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GET /api/coverage: the coverage summary (as <see cref="CoverageSummary"/>) and every community as a GeoJSON point.</summary>
internal sealed record CoverageResponse(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("facilities")] int Facilities,
    [property: JsonPropertyName("standard_meters")] double? StandardMeters,
    [property: JsonPropertyName("straight_line_radius_meters")] double StraightLineRadiusMeters,
    [property: JsonPropertyName("district")] AreaSummary District,
    [property: JsonPropertyName("streets")] IReadOnlyList<AreaSummary> Streets,
    [property: JsonPropertyName("zones")] IReadOnlyList<AreaSummary> Zones,
    [property: JsonPropertyName("uncovered")] IReadOnlyList<UncoveredCommunity> Uncovered,
    [property: JsonPropertyName("communities")] JsonElement Communities)
{
    public static CoverageResponse From(CoverageResult result)
    {
        var s = CoverageSummary.From(result);
        return new(s.Kind, s.Mode, s.Minutes, s.Facilities, s.StandardMeters, s.StraightLineRadiusMeters, s.District, s.Streets, s.Zones, s.Uncovered,
            GeoJsonParts.Collection(result.Communities.Select(c => (c.Community.Location, CommunityFeatures.Properties(c)))));
    }
}
