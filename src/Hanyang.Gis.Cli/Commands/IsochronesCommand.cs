using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Application;
using Hanyang.Gis.Application.Isochrones;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang isochrones</c>: service circles of every facility of a kind, and their union, as GeoJSON.</summary>
internal static class IsochronesCommand
{
    public static Command Create()
    {
        var kind = CommonOptions.Kind();
        var mode = CommonOptions.Mode();
        var minutes = CommonOptions.Minutes();
        var output = new Option<FileInfo>("--out") { Description = "GeoJSON file to write (EPSG:4326)", Required = true };
        var command = new Command("isochrones", "Service circles (reached network, buffered) per facility and dissolved, written as GeoJSON") { kind, mode, minutes, output }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = CoverageCommand.Budget(parse, kind, mode, minutes);
            var workspace = new PlanWorkspace(PlanSource.Open(parse));
            var (plan, _) = await workspace.CurrentAsync(cancellationToken);
            if (!plan.Facilities.Any(f => f.Kind == request.Kind && f.Status == BuildStatus.Existing))
            {
                throw new InvalidOperationException($"there is no existing {Identifiers.Of(request.Kind)} in the plan");
            }

            var result = await IsochronesUseCase.RunAsync(workspace, request, cancellationToken);
            var (set, circles, source) = result.Set;
            var file = parse.GetValue(output)!;
            AtomicFile.WriteAllText(file.FullName, GeoJsonWriter.FeatureCollection(result.Features));
            var union = circles.FirstOrDefault(c => c.Facility is null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{circles.Count(c => c.Facility is not null)} service circles of {Identifiers.Of(request.Kind)} ({request.Profile.Name}, {set.Minutes:0.#} min) and their union ({union?.Area.Area / 1e6 ?? 0:0.00} km²) written to {file.FullName}; {Told(source)} (data version {(circles.Count > 0 ? circles[0].DataVersion : "none")})"));
            return 0;
        });
        return command;
    }

    private static string Told(ServiceCircleSource source) => source switch
    {
        ServiceCircleSource.ComputedAndStored => "computed now and kept in the store",
        ServiceCircleSource.Computed => string.Create(CultureInfo.InvariantCulture, $"computed now, not kept: the store keeps the standard budgets only ({string.Join(", ", StandardBudgets.Minutes)} min)"),
        _ => "served from the store",
    };
}
