using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang isochrones</c>: service circles of every facility of a kind, and their union, as GeoJSON.</summary>
internal static class IsochronesCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "facility kind: " + string.Join(", ", Identifiers.All<FacilityKind>()), Required = true };
        var mode = new Option<string>("--mode") { Description = "walk, walk-slow, drive or drive-peak", DefaultValueFactory = _ => "walk" };
        var minutes = new Option<double>("--minutes") { Description = "travel-time budget in minutes", DefaultValueFactory = _ => 10 };
        var output = new Option<FileInfo>("--out") { Description = "GeoJSON file to write (EPSG:4326)", Required = true };
        var command = new Command("isochrones", "Service circles (reached network, buffered) per facility and dissolved, written as GeoJSON") { kind, mode, minutes, output }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var facilityKind = Identifiers.Parse<FacilityKind>(parse.GetValue(kind));
            var profile = CoverageCommand.Profile(parse.GetValue(mode)!);
            var budget = parse.GetValue(minutes);
            var plan = await PlanSource.Open(parse).GetPlanAsync(cancellationToken);
            var facilities = plan.Facilities.Where(f => f.Kind == facilityKind && f.Status == BuildStatus.Existing).ToArray();
            if (facilities.Length == 0)
            {
                throw new InvalidOperationException($"there is no existing {Identifiers.Of(facilityKind)} in the plan");
            }

            var builder = new ServiceCircleBuilder(new ProfiledNetwork(PlanNetworkBuilder.Build(plan.Roads), profile));
            var (per, dissolved) = builder.ForAll(facilities, budget);
            var features = per.Select(c => ((Geometry)c.Area, (IReadOnlyDictionary<string, object?>)Properties(c, profile.Name))).ToList();
            if (dissolved is not null)
            {
                features.Add((dissolved.Area, Properties(dissolved, profile.Name)));
            }

            var file = parse.GetValue(output)!;
            AtomicFile.WriteAllText(file.FullName, GeoJsonWriter.FeatureCollection(features));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{per.Count} service circles of {Identifiers.Of(facilityKind)} ({profile.Name}, {budget:0.#} min) and their union ({dissolved?.Area.Area / 1e6 ?? 0:0.00} km²) written to {file.FullName}"));
            return 0;
        }));
        return command;
    }

    private static Dictionary<string, object?> Properties(ServiceCircle circle, string mode) => new()
    {
        ["id"] = circle.Facility?.Id.Value ?? "dissolved",
        ["facility"] = circle.Facility?.Name,
        ["kind"] = Identifiers.Of(circle.Kind),
        ["mode"] = mode,
        ["minutes"] = circle.Minutes,
        ["dissolved"] = circle.Facility is null,
        ["reached_network_meters"] = Math.Round(circle.ReachedMeters),
        ["area_m2"] = Math.Round(circle.Area.Area),
    };
}
