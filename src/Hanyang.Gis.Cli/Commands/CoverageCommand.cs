using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Application;
using Hanyang.Gis.Application.Coverage;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang coverage</c>: which communities reach a facility kind within a travel time along the network.</summary>
internal static class CoverageCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var kind = CommonOptions.Kind();
        var mode = CommonOptions.Mode();
        var minutes = CommonOptions.Minutes();
        var format = CommonOptions.OneOf("--format", "output format", "table", "table", "csv", "json", "geojson");
        var output = new Option<FileInfo?>("--out") { Description = "write to this file instead of the console" };
        var command = new Command("coverage", "Service-circle coverage of every community along the road network, with the straight-line answer beside it") { kind, mode, minutes, format, output }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = Budget(parse, kind, mode, minutes);
            var result = await CoverageUseCase.RunAsync(new PlanWorkspace(PlanSource.Open(parse)), request, cancellationToken);
            var text = parse.GetValue(format) switch
            {
                "table" => Table(result),
                "csv" => Csv(result),
                "json" => Json(result),
                "geojson" => GeoJson(result),
                var other => throw new FormatException($"--format {other}: use table, csv, json or geojson"),
            };
            if (parse.GetValue(output) is { } file)
            {
                AtomicFile.WriteAllText(file.FullName, text);
                Console.WriteLine($"written to {file.FullName}");
            }
            else
            {
                Console.Write(text);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The kind, mode and minutes options as the application's request (the options' validators have named any problem).</summary>
    internal static BudgetRequest Budget(ParseResult parse, Option<string> kind, Option<string> mode, Option<double> minutes) =>
        CliRequests.Parsed(BudgetRequest.Parse(
            CliRequests.Values(("kind", parse.GetValue(kind)), ("mode", parse.GetValue(mode)), ("minutes", CliRequests.Text(parse.GetValue(minutes)))),
            UseCaseLimits.Cli));

    private static string Table(CoverageResult r)
    {
        var b = new StringBuilder();
        var kind = Identifiers.Of(r.Request.Kind);
        b.AppendLine(Inv, $"{kind}: {r.FacilityCount} facilities, {r.Request.Profile.Name}, {r.Request.Minutes:0.#} min; straight-line circle {r.StraightLineRadiusMeters:0} m{(r.StandardMeters is { } s ? $"; GB 50180-2018 radius {s:0} m" : string.Empty)}");
        b.AppendLine();
        b.AppendLine("area                     communities  population   covered     rate   straight-line");
        foreach (var a in r.Streets.Prepend(r.District).Concat(r.Zones))
        {
            b.AppendLine(Inv, $"{Pad(a.Name, 24)} {a.CoveredCommunities,4}/{a.Communities,-6} {a.Population,10:N0} {a.CoveredPopulation,10:N0} {a.Rate,7:P1} {a.StraightLineRate,9:P1}");
        }

        var uncovered = r.Uncovered.ToList();
        b.AppendLine();
        b.AppendLine(Inv, $"uncovered communities: {uncovered.Count} ({uncovered.Sum(c => (long)c.Community.Population):N0} residents)");
        foreach (var c in uncovered.OrderByDescending(c => c.Community.Population))
        {
            var nearest = c.Nearest is null ? "none reachable" : $"{c.Nearest.Name} {c.NearestMinutes:0.0} min, {c.NearestNetworkMeters:0} m";
            b.AppendLine(Inv, $"  {c.Community.Code} {Pad(c.Community.Name, 14)} {c.Community.Population,7:N0}  nearest: {nearest}{(c.OnNetwork ? string.Empty : " (not near any usable road)")}");
        }

        return b.ToString();
    }

    private static string Csv(CoverageResult r)
    {
        var b = new StringBuilder("code,name,street,population,covered,nearest_facility,minutes,metres,count_within_budget,straight_line_metres,covered_by_straight_line,meets_standard_distance,covered_share\n");
        foreach (var c in r.Communities)
        {
            b.AppendLine(string.Join(',',
                c.Community.Code.Value, Quote(c.Community.Name), c.Community.Street.Value, c.Community.Population.ToString(Inv),
                c.Covered ? "true" : "false", Quote(c.Nearest?.Name ?? string.Empty), Number(c.NearestMinutes, "0.00"), Number(c.NearestNetworkMeters, "0"),
                c.ReachableWithinBudget.ToString(Inv), Number(c.StraightLineMeters, "0"), c.CoveredByStraightLine ? "true" : "false",
                c.MeetsStandardDistance is { } m ? (m ? "true" : "false") : string.Empty, Number(c.CoveredShare, "0.####")));
        }

        return b.ToString();
    }

    private static string Json(CoverageResult r) => JsonSerializer.Serialize(CoverageSummary.From(r), Indented) + "\n";

    private static string GeoJson(CoverageResult r)
    {
        var features = r.Communities.Select(c =>
        {
            var (lon, lat) = Reprojector.Transform(c.Community.Location.X, c.Community.Location.Y, Srid.Internal, Srid.Wgs84);
            return new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { Math.Round(lon, 7), Math.Round(lat, 7) } },
                properties = CommunityFeatures.Properties(c),
            };
        });
        var collection = new { type = "FeatureCollection", crs = new { type = "name", properties = new { name = "urn:ogc:def:crs:OGC:1.3:CRS84" } }, features };
        return JsonSerializer.Serialize(collection, Compact) + "\n";
    }

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, Inv) : string.Empty;

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    /// <summary>Pads to a display width, counting CJK characters as two columns.</summary>
    private static string Pad(string text, int width)
    {
        var columns = text.Sum(ch => ch > 0x2E80 ? 2 : 1);
        return columns >= width ? text : text + new string(' ', width - columns);
    }
}
