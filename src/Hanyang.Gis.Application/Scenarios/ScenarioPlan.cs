using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Application.Scenarios;

/// <summary>Applying a scenario to the plan — the one place it is written (the API's scenario coverage and the CLI's <c>--scenario</c> use it).</summary>
public static class ScenarioPlan
{
    /// <summary>
    /// The plan's facilities minus those the scenario closes, plus those it proposes, ordered by id. The scenario
    /// builds its facilities: in its plan they count as existing, whatever status they were entered with.
    /// </summary>
    public static PlanDataset Apply(PlanDataset plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var applied = plan.WithFacilities(scenario.RemovedFacilities, scenario.AddedFacilities.Select(f => f with { Status = BuildStatus.Existing }));
        return applied with { Facilities = [.. applied.Facilities.OrderBy(f => f.Id.Value, StringComparer.Ordinal)] };
    }

    /// <summary>A note for printed output naming the scenario: 方案：name（n 处新建，m 处关闭）.</summary>
    public static string Note(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return $"方案：{scenario.Name}（{scenario.AddedFacilities.Count} 处新建，{scenario.RemovedFacilities.Distinct().Count()} 处关闭）";
    }

    /// <summary>The stored scenario <paramref name="id"/>, or a 404 failure naming it.</summary>
    public static async Task<Requests.Outcome<Versioned<Scenario>>> FindAsync(IPlanStore store, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.FindScenarioAsync(new ScenarioId(id), cancellationToken).ConfigureAwait(false) is { } found
            ? found
            : Requests.UseCaseFailure.NotFound("scenario not found", $"there is no scenario '{id}'");
    }
}
