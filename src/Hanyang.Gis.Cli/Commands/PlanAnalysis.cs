using System.CommandLine;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Application.Reports;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>The printed verbs' side of <see cref="ReportDataUseCase"/>: the <c>--scenario</c> option, the plan in force and its coverage.</summary>
internal static class PlanAnalysis
{
    /// <summary><c>--scenario</c>: the id of a stored scenario to apply.</summary>
    public static readonly Option<string?> Scenario = new("--scenario") { Description = "apply a stored scenario (its facilities count as built, its closures as closed)" };

    /// <summary>Loads the plan in force; with <c>--scenario</c>, the scenario applied.</summary>
    /// <returns>The plan and a note naming the scenario, or null without one.</returns>
    public static async Task<(PlanDataset Plan, string? Note)> LoadAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var loaded = CliRequests.Answer(await ReportDataUseCase.LoadAsync(PlanSource.Open(parse), parse.GetValue(Scenario), cancellationToken).ConfigureAwait(false));
        return (loaded.Plan, loaded.Note);
    }

    /// <summary>Coverage of <paramref name="kind"/> and the dissolved service circles (null when there is no facility of the kind).</summary>
    public static (CoverageResult Coverage, Geometry? ServiceArea) Coverage(PlanDataset plan, FacilityKind kind, string mode, double minutes, CliProgress progress)
    {
        var request = CliRequests.Parsed(BudgetRequest.Parse(
            CliRequests.Values(("kind", Domain.Identifiers.Of(kind)), ("mode", mode), ("minutes", CliRequests.Text(minutes))), UseCaseLimits.Cli));
        var result = ReportDataUseCase.Coverage(plan, request, progress.Step);
        return (result.Coverage, result.ServiceArea);
    }
}
