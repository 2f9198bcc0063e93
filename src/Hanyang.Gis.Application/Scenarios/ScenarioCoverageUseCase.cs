using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Application.Requests;

namespace Hanyang.Gis.Application.Scenarios;

/// <summary>Coverage of the plan and of the plan with a scenario applied, and the change (GET /api/scenarios/{id}/coverage).</summary>
public static class ScenarioCoverageUseCase
{
    /// <summary>Compares the plan with scenario <paramref name="scenarioId"/> applied; 404 when there is no such scenario.</summary>
    public static async Task<Outcome<ScenarioComparison>> RunAsync(PlanWorkspace workspace, string scenarioId, BudgetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var found = await ScenarioPlan.FindAsync(workspace.Store, scenarioId, cancellationToken).ConfigureAwait(false);
        if (found.Value is not { } scenario)
        {
            return found.Failure!;
        }

        var (plan, network) = await workspace.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var coverage = new CoverageRequest(request.Kind, request.Profile, request.Minutes);
        var before = new CoverageAnalyzer(plan, network).Compute(coverage);
        var after = new CoverageAnalyzer(ScenarioPlan.Apply(plan, scenario.Value), network).Compute(coverage);
        return new ScenarioComparison(scenarioId, before, after);
    }
}

/// <summary>The plan's coverage before and after a scenario.</summary>
/// <param name="Scenario">The scenario's id.</param>
/// <param name="Plan">Coverage of the plan.</param>
/// <param name="WithScenario">Coverage with the scenario applied.</param>
public sealed record ScenarioComparison(string Scenario, CoverageResult Plan, CoverageResult WithScenario)
{
    /// <summary>Residents covered with the scenario minus those covered without.</summary>
    public long CoveredPopulationChange => WithScenario.District.CoveredPopulation - Plan.District.CoveredPopulation;

    /// <summary>The change of the district's coverage rate, rounded to 4 places.</summary>
    public double CoverageRateChange => Math.Round(WithScenario.District.Rate - Plan.District.Rate, 4);

    /// <summary>Codes of the communities the scenario covers that the plan does not, in order.</summary>
    public IReadOnlyList<string> NewlyCovered => [.. Covered(WithScenario).Except(Covered(Plan)).Order(StringComparer.Ordinal)];

    /// <summary>Codes of the communities the plan covers that the scenario does not, in order.</summary>
    public IReadOnlyList<string> NoLongerCovered => [.. Covered(Plan).Except(Covered(WithScenario)).Order(StringComparer.Ordinal)];

    private static HashSet<string> Covered(CoverageResult result) => [.. result.Communities.Where(c => c.Covered).Select(c => c.Community.Code.Value)];
}
