using System.Text.Json.Serialization;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Application.Scenarios;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GET /api/scenarios/{id}/coverage: the plan's coverage, the coverage with the scenario (with its communities) and the change.</summary>
internal sealed record ScenarioCoverageResponse(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("plan")] CoverageSummary Plan,
    [property: JsonPropertyName("with_scenario")] CoverageResponse WithScenario,
    [property: JsonPropertyName("change")] ScenarioChangeResponse Change)
{
    public static ScenarioCoverageResponse From(ScenarioComparison c) => new(
        c.Scenario,
        CoverageSummary.From(c.Plan),
        CoverageResponse.From(c.WithScenario),
        new ScenarioChangeResponse(c.CoveredPopulationChange, c.CoverageRateChange, c.NewlyCovered, c.NoLongerCovered));
}

/// <summary>What the scenario changes in the district.</summary>
internal sealed record ScenarioChangeResponse(
    [property: JsonPropertyName("covered_population")] long CoveredPopulation,
    [property: JsonPropertyName("coverage_rate")] double CoverageRate,
    [property: JsonPropertyName("newly_covered_communities")] IReadOnlyList<string> NewlyCoveredCommunities,
    [property: JsonPropertyName("no_longer_covered_communities")] IReadOnlyList<string> NoLongerCoveredCommunities);
