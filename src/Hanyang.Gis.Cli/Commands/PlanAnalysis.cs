using System.CommandLine;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>The plan a printed verb works on (the store's, with a scenario applied when one is named) and its coverage.</summary>
internal static class PlanAnalysis
{
    /// <summary><c>--scenario</c>: the id of a stored scenario to apply.</summary>
    public static readonly Option<string?> Scenario = new("--scenario") { Description = "apply a stored scenario (its facilities count as built, its closures as closed)" };

    /// <summary>Loads the plan in force; with <c>--scenario</c>, the scenario's facilities are added (as built) and its closures removed.</summary>
    /// <returns>The plan and a note naming the scenario, or null without one.</returns>
    public static async Task<(PlanDataset Plan, string? Note)> LoadAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = PlanSource.Open(parse);
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        if (parse.GetValue(Scenario) is not { Length: > 0 } id)
        {
            return (plan, null);
        }

        var scenario = await store.FindScenarioAsync(new ScenarioId(id), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"--scenario {id}: no such scenario in the store (see the web map's scenarios or the API)");
        var removed = scenario.Value.RemovedFacilities.ToHashSet();
        var facilities = plan.Facilities.Where(f => !removed.Contains(f.Id))
            .Concat(scenario.Value.AddedFacilities.Select(f => f with { Status = BuildStatus.Existing }))
            .ToArray();
        return (plan with { Facilities = facilities }, $"方案：{scenario.Value.Name}（{scenario.Value.AddedFacilities.Count} 处新建，{removed.Count} 处关闭）");
    }

    /// <summary>Coverage of <paramref name="kind"/> and the dissolved service circles (null when there is no facility of the kind).</summary>
    public static (CoverageResult Coverage, Geometry? ServiceArea) Coverage(PlanDataset plan, FacilityKind kind, string mode, double minutes, CliProgress progress)
    {
        progress.Step("building the road network");
        var network = PlanNetworkBuilder.Build(plan.Roads);
        var profile = TravelProfiles.Parse(mode);
        progress.Step("computing coverage along the network");
        var coverage = new CoverageAnalyzer(plan, network).Compute(new CoverageRequest(kind, profile, minutes));
        progress.Step("computing service circles");
        var facilities = plan.Facilities.Where(f => f.Kind == kind && f.Status == BuildStatus.Existing).ToArray();
        var area = facilities.Length == 0 ? null : new ServiceCircleBuilder(network.Profiled(profile)).ForAll(facilities, minutes).Dissolved?.Area;
        return (coverage, area);
    }
}
