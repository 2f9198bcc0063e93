using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Application;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Siting;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Optimization;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang site</c>: where the next N schools or car parks should go, by an exact or a fast solver.</summary>
internal static class SiteCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var kind = CommonOptions.Kind();
        var count = new Option<int>("--count") { Description = "new sites to choose (max-coverage, p-median)", DefaultValueFactory = _ => 1 };
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1 || r.GetValueOrDefault<int>() > UseCaseLimits.Cli.MaxSitingCount)
            {
                r.AddError($"--count {r.GetValueOrDefault<int>()}: give 1 to {UseCaseLimits.Cli.MaxSitingCount} new sites");
            }
        });
        var objective = CommonOptions.OneOf("--objective", "what the sites should achieve", "max-coverage", "max-coverage", "min-facilities", "p-median");
        var mode = CommonOptions.Mode();
        var minutes = CommonOptions.Minutes(description: "travel-time budget in minutes (parking without it: 300 m on foot, 4 min)");
        var candidates = new Option<string>("--candidates") { Description = "geodata (the plan's candidate sites suitable for the kind) or grid:<metres> (a lattice over eligible land)", DefaultValueFactory = _ => "geodata" };
        candidates.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>() ?? string.Empty;
            if (!SitingQuery.TryCandidates(v, out _))
            {
                r.AddError($"--candidates {v}: {SitingQuery.CandidatesExpected}");
            }
        });
        var points = new Option<FileInfo?>("--points") { Description = "extra candidates: a GeoJSON FeatureCollection of Points (e.g. sites a planner proposes)" };
        var pointsCrs = new Option<string>("--points-crs") { Description = "CRS of --points: wgs84, cgcs2000, gcj02 (Amap, Tencent), bd09 (Baidu) or epsg:<code>", DefaultValueFactory = _ => "wgs84" };
        var capacitated = new Option<bool>("--capacitated") { Description = "count school places (primary 55, junior 25 per 1000 residents) or parking spaces, and keep every facility within its capacity" };
        var solver = CommonOptions.OneOf("--solver", "exact (OR-Tools CP-SAT, proves optimality) or heuristic (greedy + swap, with a bound)", "exact", "exact", "heuristic");
        var timeLimit = new Option<double>("--time-limit") { Description = "seconds the exact solver may take; at the limit it returns its best with the bound", DefaultValueFactory = _ => 60 };
        var format = CommonOptions.OneOf("--format", "console output", "table", "table", "json");
        var output = new Option<FileInfo?>("--out") { Description = "write the chosen sites as GeoJSON (WGS84) to this file" };
        var command = new Command("site", "Siting new facilities: maximal covering, set covering or p-median, optionally capacitated, facilities in place kept")
        {
            kind, count, objective, mode, minutes, candidates, points, pointsCrs, capacitated, solver, timeLimit, format, output,
        }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var progress = new CliProgress(4);
            progress.Step("读取规划数据 (reading the plan)");
            var workspace = new PlanWorkspace(PlanSource.Open(parse));
            var plan = await workspace.Store.GetPlanAsync(cancellationToken);
            progress.Step("构建路网 (building the road graph)");
            await workspace.CurrentAsync(cancellationToken);
            var extra = parse.GetValue(points) is { } pointsFile ? ReadPoints(pointsFile, SourceCrs.Parse(parse.GetValue(pointsCrs)!), DistrictExtent.Of(plan.District)) : [];
            var query = CliRequests.Parsed(SitingQuery.Parse(
                CliRequests.Values(
                    ("kind", parse.GetValue(kind)),
                    ("count", parse.GetValue(count).ToString(Inv)),
                    ("objective", parse.GetValue(objective)),
                    ("mode", parse.GetValue(mode)),
                    ("minutes", parse.GetResult(minutes) is { Implicit: false } ? CliRequests.Text(parse.GetValue(minutes)) : null),
                    ("candidates", parse.GetValue(candidates)),
                    ("solver", parse.GetValue(solver)),
                    ("timeLimit", Math.Max(1, Math.Round(parse.GetValue(timeLimit))).ToString(Inv)),
                    ("capacitated", parse.GetValue(capacitated) ? "true" : "false")),
                UseCaseLimits.Cli,
                parkingWalks: true,
                extra));
            progress.Step("候选点与求解 (candidates and solving)");
            var result = CliRequests.Answer(await SitingUseCase.RunAsync(workspace, query, UseCaseLimits.Cli, new SolverProgressLine(), cancellationToken));

            progress.Step("覆盖对比 (coverage before and after)");
            if (parse.GetValue(output) is { } file)
            {
                AtomicFile.WriteAllText(file.FullName, GeoJson(result));
            }

            progress.Finish();
            Console.Write(parse.GetValue(format) == "json" ? Json(result) : Table(result));
            if (parse.GetValue(output) is { } written)
            {
                Console.WriteLine($"sites written to {written.FullName}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The chosen sites as GeoJSON: what <c>hanyang report --siting</c> and GIS software read.</summary>
    internal static string GeoJson(SitingResult r) => GeoJsonWriter.FeatureCollection(r.Sites.Select(s => ((Geometry)s.Candidate.Location, SiteFeatures.Properties(r, s))));

    private static string Table(SitingResult r)
    {
        var b = new StringBuilder();
        var s = r.Selection;
        b.AppendLine(Inv, $"{Identifiers.Of(r.Request.Kind)}: {Identifiers.Of(r.Request.Objective)}{(r.Request.Capacitated ? " (capacitated)" : string.Empty)}, {r.Request.Profile.Name} {r.Request.Minutes:0.#} min, {r.CandidateCount} candidates, {r.Before.FacilityCount} facilities in place kept");
        b.AppendLine(Inv, $"solver: {s.Solver.ToString().ToLowerInvariant()}, {s.Status.ToString().ToLowerInvariant()}, objective {s.Objective:N0} {r.DemandUnit}, bound {s.Bound:N0}, gap {s.GapPercent:0.00} %, {s.Elapsed.TotalMilliseconds:N0} ms");
        if (r.ServedAfter is { } after)
        {
            b.AppendLine(Inv, $"demand served: {r.ServedBefore:N0} → {after:N0} of {r.TotalDemand:N0} {r.DemandUnit}");
        }

        b.AppendLine();
        b.AppendLine(Inv, $"chosen sites ({r.Sites.Count}):");
        foreach (var site in r.Sites)
        {
            b.AppendLine(Inv, $"  {site.Candidate.Id,-22} {site.Candidate.Name}  reaches {site.CoveredPopulation:N0} residents, newly covers {site.GainPopulation:N0}{(site.AssignedUnits is { } u ? $", {u:N0} {r.DemandUnit} assigned of {site.Facility.Capacity:N0}" : string.Empty)}");
        }

        b.AppendLine();
        b.AppendLine("area                     population   covered before   covered after   rate before → after");
        var before = r.Before.Streets.Prepend(r.Before.District).Concat(r.Before.Zones).ToArray();
        var afterAreas = r.After.Streets.Prepend(r.After.District).Concat(r.After.Zones).ToArray();
        for (var i = 0; i < before.Length; i++)
        {
            b.AppendLine(Inv, $"{Pad(before[i].Name, 24)} {before[i].Population,10:N0} {before[i].CoveredPopulation,16:N0} {afterAreas[i].CoveredPopulation,15:N0}   {before[i].Rate,6:P1} → {afterAreas[i].Rate,6:P1}");
        }

        b.AppendLine();
        b.AppendLine(Inv, $"residents newly covered: {r.GainPopulation:N0} ({r.Before.District.Rate:P1} → {r.After.District.Rate:P1})");
        if (r.Target is { } t)
        {
            b.AppendLine(Inv, $"plan target 「{t.Description}」: {r.Sites.Count} of {t.TargetCount} sited ({r.TargetShare:P0})");
        }

        b.AppendLine("sites are a model's proposal on synthetic facility and population data (示意), not planning decisions");
        return b.ToString();
    }

    private static string Json(SitingResult r) => JsonSerializer.Serialize(
        new
        {
            kind = Identifiers.Of(r.Request.Kind),
            objective = Identifiers.Of(r.Request.Objective),
            capacitated = r.Request.Capacitated,
            mode = r.Request.Profile.Name,
            minutes = r.Request.Minutes,
            candidates = r.CandidateCount,
            solver = new { kind = r.Selection.Solver.ToString().ToLowerInvariant(), status = r.Selection.Status.ToString().ToLowerInvariant(), objective = r.Selection.Objective, bound = r.Selection.Bound, gap_percent = Math.Round(r.Selection.GapPercent, 4), milliseconds = Math.Round(r.Selection.Elapsed.TotalMilliseconds, 1), unit = r.DemandUnit },
            sites = r.Sites.Select(s => new { id = s.Candidate.Id, name = s.Candidate.Name, covered_population = s.CoveredPopulation, gain_population = s.GainPopulation, assigned_units = s.AssignedUnits, capacity = s.Facility.Capacity }),
            district = new { population = r.Before.District.Population, covered_before = r.Before.District.CoveredPopulation, covered_after = r.After.District.CoveredPopulation, rate_before = r.Before.District.Rate, rate_after = r.After.District.Rate },
            streets = r.Before.Streets.Zip(r.After.Streets, (a, b) => new { code = a.Id, name = a.Name, population = a.Population, covered_before = a.CoveredPopulation, covered_after = b.CoveredPopulation }),
            zones = r.Before.Zones.Zip(r.After.Zones, (a, b) => new { id = a.Id, name = a.Name, population = a.Population, covered_before = a.CoveredPopulation, covered_after = b.CoveredPopulation }),
            served = r.ServedAfter is null ? null : new { before = r.ServedBefore, after = r.ServedAfter, total = r.TotalDemand },
            target = r.Target is { } t ? new { id = t.Id, description = t.Description, target_count = t.TargetCount, sited = r.Sites.Count } : null,
        },
        Indented) + "\n";

    /// <summary>The Points of a GeoJSON file in <paramref name="crs"/>, each of which must lie within <paramref name="extent"/> (the plan's district and its surroundings).</summary>
    internal static IReadOnlyList<SitingPoint> ReadPoints(FileInfo file, SourceCrs crs, DistrictExtent extent)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file.FullName));
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{file.Name}: not a GeoJSON FeatureCollection (no \"features\" array)");
        }

        var result = new List<SitingPoint>();
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            index++;
            if (!feature.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object || g.GetProperty("type").GetString() != "Point")
            {
                throw new FormatException($"{file.Name}: feature {index}: candidates must be Points");
            }

            var c = g.GetProperty("coordinates");
            var (lon, lat) = (c[0].GetDouble(), c[1].GetDouble());
            var geographic = crs.Srid is Spatial.Srid.Wgs84 or Spatial.Srid.Cgcs2000;
            var (x, y) = geographic && (lon is < -180 or > 180 || lat is < -90 or > 90) ? (double.NaN, double.NaN) : crs.ConvertPosition(lon, lat, Spatial.Srid.Internal);
            if (!double.IsFinite(x) || !double.IsFinite(y) || !extent.Box.Contains(x, y))
            {
                throw new FormatException($"{file.Name}: feature {index}: ({lon.ToString(Inv)}, {lat.ToString(Inv)}) read as {crs} is outside {extent.LonLat.Name}; is --points-crs right?");
            }

            result.Add(new SitingPoint(string.Create(Inv, $"{lon},{lat}"), Spatial.GeometryFactories.Internal.CreatePoint(new Coordinate(x, y))));
        }

        return result;
    }

    private static string Pad(string text, int width)
    {
        var w = text.Sum(ch => ch > 0x2E80 ? 2 : 1);
        return text + new string(' ', Math.Max(0, width - w));
    }

    /// <summary>Solver progress on stderr: one line per improvement of the objective or bound.</summary>
    private sealed class SolverProgressLine : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) =>
            Console.Error.WriteLine(string.Create(Inv, $"  [{new string('#', (int)(value.Fraction * 20)),-20}] {value.Stage}: objective {value.Objective:N0}, bound {value.Bound:N0}"));
    }
}
