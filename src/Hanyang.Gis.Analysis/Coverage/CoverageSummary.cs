using System.Text.Json.Serialization;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>
/// The coverage result as planners read it (and as the CLI's <c>--format json</c> and the API return it):
/// rates for the district, each street and each zone, and the uncovered communities.
/// </summary>
public sealed record CoverageSummary(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("facilities")] int Facilities,
    [property: JsonPropertyName("standard_meters")] double? StandardMeters,
    [property: JsonPropertyName("straight_line_radius_meters")] double StraightLineRadiusMeters,
    [property: JsonPropertyName("district")] AreaSummary District,
    [property: JsonPropertyName("streets")] IReadOnlyList<AreaSummary> Streets,
    [property: JsonPropertyName("zones")] IReadOnlyList<AreaSummary> Zones,
    [property: JsonPropertyName("uncovered")] IReadOnlyList<UncoveredCommunity> Uncovered)
{
    /// <summary>Summarises <paramref name="result"/>.</summary>
    public static CoverageSummary From(CoverageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CoverageSummary(
            Identifiers.Of(result.Request.Kind),
            result.Request.Profile.Name,
            result.Request.Minutes,
            result.FacilityCount,
            result.StandardMeters,
            Math.Round(result.StraightLineRadiusMeters, 1),
            AreaSummary.From(result.District),
            result.Streets.Select(AreaSummary.From).ToArray(),
            result.Zones.Select(AreaSummary.From).ToArray(),
            result.Uncovered.Select(c => new UncoveredCommunity(c.Community.Code.Value, c.Community.Name, c.Community.Population)).ToArray());
    }
}

/// <summary>Coverage of one area, rounded for reading.</summary>
public sealed record AreaSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("communities")] int Communities,
    [property: JsonPropertyName("covered_communities")] int CoveredCommunities,
    [property: JsonPropertyName("population")] long Population,
    [property: JsonPropertyName("covered_population")] long CoveredPopulation,
    [property: JsonPropertyName("coverage_rate")] double CoverageRate,
    [property: JsonPropertyName("straight_line_covered_population")] long StraightLineCoveredPopulation,
    [property: JsonPropertyName("straight_line_coverage_rate")] double StraightLineCoverageRate)
{
    /// <summary>From an area's coverage.</summary>
    public static AreaSummary From(AreaCoverage a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Name, a.Communities, a.CoveredCommunities, a.Population, a.CoveredPopulation, Math.Round(a.Rate, 4), a.CoveredByStraightLinePopulation, Math.Round(a.StraightLineRate, 4));
    }
}

/// <summary>A community no facility reaches within the budget.</summary>
public sealed record UncoveredCommunity(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("population")] int Population);
