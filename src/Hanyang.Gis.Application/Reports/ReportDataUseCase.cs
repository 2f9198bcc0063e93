using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Scenarios;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Application.Reports;

/// <summary>What a printed report or map shows (<c>hanyang report</c>, <c>hanyang render</c>): the plan in force, a scenario applied when one is named, and its coverage.</summary>
public static class ReportDataUseCase
{
    /// <summary>The field that names a scenario.</summary>
    public const string ScenarioField = "scenario";

    /// <summary>The store's plan; with <paramref name="scenarioId"/>, the scenario applied and a note naming it. 404 when there is no such scenario.</summary>
    public static async Task<Outcome<ReportPlan>> LoadAsync(IPlanStore store, string? scenarioId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        if (scenarioId is not { Length: > 0 } id)
        {
            return new ReportPlan(plan, null);
        }

        return await store.FindScenarioAsync(new ScenarioId(id), cancellationToken).ConfigureAwait(false) is { } scenario
            ? new ReportPlan(ScenarioPlan.Apply(plan, scenario.Value), ScenarioPlan.Note(scenario.Value))
            : UseCaseFailure.About(FailureKind.NotFound, "scenario not found", ScenarioField, id, "no such scenario in the store (see the web map's scenarios or the API)");
    }

    /// <summary>Coverage of <paramref name="request"/>'s kind on <paramref name="plan"/> and the dissolved service circles (null when there is no facility of the kind); <paramref name="step"/> hears of each stage.</summary>
    public static ReportCoverage Coverage(PlanDataset plan, BudgetRequest request, Action<string>? step = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        step?.Invoke("building the road network");
        var network = PlanNetworkBuilder.Build(plan.Roads);
        step?.Invoke("computing coverage along the network");
        var coverage = new CoverageAnalyzer(plan, network).Compute(new CoverageRequest(request.Kind, request.Profile, request.Minutes));
        step?.Invoke("computing service circles");
        var facilities = plan.Facilities.Where(f => f.Kind == request.Kind && f.Status == BuildStatus.Existing).ToArray();
        var area = facilities.Length == 0 ? null : new ServiceCircleBuilder(network.Profiled(request.Profile)).ForAll(facilities, request.Minutes).Dissolved?.Area;
        return new ReportCoverage(coverage, area);
    }
}

/// <summary>The plan a report shows.</summary>
/// <param name="Plan">The plan, with the scenario applied when one was named.</param>
/// <param name="Note">A note naming the scenario, or null.</param>
public sealed record ReportPlan(PlanDataset Plan, string? Note);

/// <summary>A report's coverage.</summary>
/// <param name="Coverage">Coverage by community, street, zone and district.</param>
/// <param name="ServiceArea">The dissolved service circles, or null when there is no facility of the kind.</param>
public sealed record ReportCoverage(CoverageResult Coverage, Geometry? ServiceArea);
