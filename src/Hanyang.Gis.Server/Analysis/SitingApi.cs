using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;
using Hanyang.Gis.Optimization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>The siting API: where the next facilities of a kind should go, with coverage before and after.</summary>
internal static class SitingApi
{
    /// <summary>The longest an exact solve may take through the API.</summary>
    public const int MaxTimeLimitSeconds = 120;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapSitingApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/siting", async (HttpContext http, AnalysisService analysis, CancellationToken ct) =>
        {
            var q = http.Request.Query;
            var problems = new List<string>();
            if (!Identifiers.TryParse<FacilityKind>(q["kind"], out var kind))
            {
                problems.Add($"kind '{q["kind"]}' is not a facility kind; use one of {string.Join(", ", Identifiers.All<FacilityKind>())}");
            }

            var count = Int(q["count"], 1);
            if (count is not (>= 1 and <= 500))
            {
                problems.Add($"count '{q["count"]}': give 1 to 500 new sites");
            }

            if (!Identifiers.TryParse<SitingObjective>(q["objective"].Count == 0 ? "max-coverage" : q["objective"], out var objective))
            {
                problems.Add($"objective '{q["objective"]}': use max-coverage, min-facilities or p-median");
            }

            var minutes = Double(q["minutes"], 10);
            if (minutes is not (> 0 and <= 240))
            {
                problems.Add($"minutes '{q["minutes"]}': give a budget between 0 and 240");
            }

            TravelProfile? profile = null;
            try
            {
                profile = TravelProfiles.Parse(q["mode"].Count == 0 ? "walk" : q["mode"].ToString());
            }
            catch (FormatException)
            {
                problems.Add($"mode '{q["mode"]}': use walk, walk-slow, drive or drive-peak");
            }

            var candidates = q["candidates"].Count == 0 ? "geodata" : q["candidates"].ToString();
            double? spacing = candidates == "geodata" ? null : candidates.StartsWith("grid:", StringComparison.Ordinal) && double.TryParse(candidates[5..], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 50 and <= 5000 ? s : double.NaN;
            if (spacing is double.NaN)
            {
                problems.Add($"candidates '{candidates}': use geodata or grid:<metres> with 50–5000 metres");
            }

            var solver = q["solver"].Count == 0 ? "exact" : q["solver"].ToString();
            if (solver is not ("exact" or "heuristic"))
            {
                problems.Add($"solver '{solver}': use exact or heuristic");
            }

            var limit = Int(q["timeLimit"], 30);
            if (limit is not (>= 1 and <= MaxTimeLimitSeconds))
            {
                problems.Add($"timeLimit '{q["timeLimit"]}': give 1 to {MaxTimeLimitSeconds} seconds");
            }

            var points = ParsePoints(q["points"], problems);
            if (problems.Count > 0)
            {
                return Results.Problem(title: "the siting request is not valid", detail: string.Join("; ", problems), statusCode: 400);
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            var sites = (spacing is { } metres ? SitingCandidates.Lattice(plan, metres) : SitingCandidates.FromPlan(plan, kind)).Concat(SitingCandidates.FromPoints(points)).ToArray();
            if (sites.Length == 0)
            {
                return Results.Problem(title: "no candidate sites", detail: $"candidates '{candidates}': no candidate site is suitable for {Identifiers.Of(kind)}; use candidates=grid:500 or add points", statusCode: 422);
            }

            var capacitated = q["capacitated"] is var c && c.Count > 0 && c[0] is "true" or "1";
            var request = new SitingRequest(kind, count, objective, profile!, minutes, capacitated, solver == "exact" ? SolverKind.Exact : SolverKind.Heuristic, TimeSpan.FromSeconds(limit));
            SitingResult result;
            try
            {
                // The solve runs off the request thread; a client that goes away (RequestAborted) stops it, the time limit bounds it.
                result = await Task.Run(() => new SitingAnalyzer(plan, network).Run(request, sites, cancellationToken: ct), ct);
            }
            catch (Exception e) when (e is UncoverableDemandException or ArgumentException)
            {
                return Results.Problem(title: "the siting question has no answer", detail: e.Message, statusCode: 422);
            }

            var body = new JsonObject
            {
                ["kind"] = Identifiers.Of(kind),
                ["objective"] = Identifiers.Of(objective),
                ["capacitated"] = capacitated,
                ["mode"] = profile!.Name,
                ["minutes"] = minutes,
                ["candidates"] = result.CandidateCount,
                ["unit"] = result.DemandUnit,
                ["solver"] = JsonSerializer.SerializeToNode(new { kind = solver, status = result.Selection.Status.ToString().ToLowerInvariant(), objective = result.Selection.Objective, bound = result.Selection.Bound, gap_percent = Math.Round(result.Selection.GapPercent, 4), milliseconds = Math.Round(result.Selection.Elapsed.TotalMilliseconds, 1) }, Json),
                ["before"] = JsonSerializer.SerializeToNode(CoverageSummary.From(result.Before), Json),
                ["after"] = JsonSerializer.SerializeToNode(CoverageSummary.From(result.After), Json),
                ["gain_population"] = result.GainPopulation,
                ["served"] = result.ServedAfter is null ? null : JsonSerializer.SerializeToNode(new { before = result.ServedBefore, after = result.ServedAfter, total = result.TotalDemand }, Json),
                ["target"] = result.Target is { } t ? JsonSerializer.SerializeToNode(new { id = t.Id, description = t.Description, target_count = t.TargetCount, sited = result.Sites.Count }, Json) : null,
                ["sites"] = JsonNode.Parse(GeoJsonWriter.FeatureCollection(result.Sites.Select(site => ((Geometry)site.Candidate.Location, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["id"] = site.Facility.Id.Value,
                    ["name"] = site.Facility.Name,
                    ["kind"] = Identifiers.Of(site.Facility.Kind),
                    ["status"] = "planned",
                    ["candidate_id"] = site.Candidate.Id,
                    ["candidate_origin"] = site.Candidate.Origin,
                    ["capacity"] = site.Facility.Capacity,
                    ["capacity_unit"] = site.Facility.CapacityUnit is { } unit ? Identifiers.Of(unit) : null,
                    ["assigned_units"] = site.AssignedUnits,
                    ["covered_population"] = site.CoveredPopulation,
                    ["gain_population"] = site.GainPopulation,
                    ["accuracy"] = "synthetic",
                    ["source"] = site.Facility.Provenance.Source,
                })))),
            };
            return Results.Text(body.ToJsonString(Json), "application/json");
        }).WithName("Siting").WithSummary("Where the next facilities of a kind should go (MCLP, LSCP, p-median, capacitated), with coverage before and after");
    }

    private static int Int(Microsoft.Extensions.Primitives.StringValues value, int fallback) =>
        value.Count == 0 ? fallback : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : int.MinValue;

    private static double Double(Microsoft.Extensions.Primitives.StringValues value, double fallback) =>
        value.Count == 0 ? fallback : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    /// <summary>Extra candidates as <c>lon,lat;lon,lat</c> in WGS84 (the points a planner clicked on the map).</summary>
    private static List<Point> ParsePoints(Microsoft.Extensions.Primitives.StringValues value, List<string> problems)
    {
        var points = new List<Point>();
        if (value.Count == 0 || string.IsNullOrWhiteSpace(value))
        {
            return points;
        }

        var parts = value.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var xy = parts[i].Split(',');
            if (xy.Length != 2 || !double.TryParse(xy[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.TryParse(xy[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || lon is < 113.5 or > 115 || lat is < 30 or > 31)
            {
                problems.Add($"points[{i + 1}] '{parts[i]}': give lon,lat in WGS84 near Hanyang (lon 113.5–115, lat 30–31)");
                continue;
            }

            var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
            points.Add(GeometryFactories.Internal.CreatePoint(new Coordinate(x, y)));
        }

        return points;
    }
}
