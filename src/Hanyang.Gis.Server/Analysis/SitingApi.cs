using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Network;
using Hanyang.Gis.Optimization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>The siting API: where the next facilities of a kind should go, with coverage before and after.</summary>
internal static class SitingApi
{
    /// <summary>How far beyond the district's bounding box a planner's point may lie (a site just across the boundary is a fair candidate).</summary>
    private const double PointMarginMeters = 5000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapSitingApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/siting", async (HttpRequest http, AnalysisLimits limits, AnalysisService analysis, CancellationToken ct) =>
        {
            var query = new QueryReader(http.Query);
            var kind = query.RequiredChoice<FacilityKind>("kind", "facility kind");
            var count = (int?)query.Integer("count", 1, limits.MaxSitingCount, 1, "the number of new sites");
            var objective = query.Choice<SitingObjective>("objective", SitingObjective.MaxCoverage, "siting objective");
            var minutes = BudgetQuery.ReadMinutes(query, limits, 10);
            var travel = query.Mode("mode", "walk");
            var candidates = query.Text("candidates") ?? "geodata";
            double? spacing = null;
            if (candidates != "geodata")
            {
                spacing = candidates.StartsWith("grid:", StringComparison.Ordinal) && double.TryParse(candidates[5..], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 50 and <= 5000 ? s : null;
                if (spacing is null)
                {
                    query.Add($"candidates '{QueryReader.Shown(candidates)}': use geodata or grid:<metres> with 50–5000 metres");
                }
            }

            var solver = query.Text("solver") ?? "exact";
            if (solver is not ("exact" or "heuristic"))
            {
                query.Add($"solver '{QueryReader.Shown(solver)}': use exact or heuristic");
            }

            var limit = (int?)query.Integer("timeLimit", 1, limits.MaxSolverSeconds, Math.Min(30, limits.MaxSolverSeconds), "the solver's time limit in seconds");
            var capacitated = query.Flag("capacitated");
            var points = ParsePoints(query, limits.MaxSitingPoints);
            if (!query.IsValid || kind is not { } k || count is not { } n || objective is not { } goal || minutes is not { } budget || travel is not { } mode || limit is not { } seconds)
            {
                return query.Invalid("the siting request is not valid");
            }

            var (plan, network) = await analysis.CurrentAsync(ct);
            if (spacing is { } metres && plan.District.Boundary.Area / (metres * metres) is var estimate && estimate > limits.MaxSitingCandidates)
            {
                var wider = Math.Ceiling(Math.Sqrt(plan.District.Boundary.Area / limits.MaxSitingCandidates) / 10) * 10;
                return QueryReader.Problems400("the siting request is not valid",
                    [$"candidates '{candidates}': about {estimate:N0} lattice points; one run weighs at most {limits.MaxSitingCandidates:N0} (Limits:MaxSitingCandidates) — use grid:{wider:0} or wider"]);
            }

            var outside = OutsideDistrict(plan.District, points);
            if (outside.Count > 0)
            {
                return QueryReader.Problems400("the siting request is not valid", outside);
            }

            var sites = (spacing is { } m ? SitingCandidates.Lattice(plan, m) : SitingCandidates.FromPlan(plan, k))
                .Concat(SitingCandidates.FromPoints([.. points.Select(p => p.Location)])).ToArray();
            if (sites.Length == 0)
            {
                return Results.Problem(title: "no candidate sites", detail: $"candidates '{candidates}': no candidate site is suitable for {Identifiers.Of(k)}; use candidates=grid:500 or add points", statusCode: 422);
            }

            var request = new SitingRequest(k, n, goal, mode.Profile, budget, capacitated, solver == "exact" ? SolverKind.Exact : SolverKind.Heuristic, TimeSpan.FromSeconds(seconds),
                Limits: new SitingLimits(limits.MaxSitingCandidates, limits.MaxSitingPairs));
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
            catch (SitingTooLargeException e)
            {
                return Results.Problem(title: "the siting request is too large", detail: $"{e.Message} (Limits:MaxSitingCandidates, Limits:MaxSitingPairs)", statusCode: 422);
            }
            catch (TimeoutException e)
            {
                // The exact solver found no feasible answer in time: the request's own limit, not an outage.
                return Results.Problem(title: "no answer within the time limit", detail: $"timeLimit: {e.Message} (solver=heuristic answers at once)", statusCode: 422);
            }
            finally
            {
                MemoryRelease.AfterLargeWork();
            }

            var body = new JsonObject
            {
                ["kind"] = Identifiers.Of(k),
                ["objective"] = Identifiers.Of(goal),
                ["capacitated"] = capacitated,
                ["mode"] = mode.Profile.Name,
                ["minutes"] = budget,
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
        }).RequireRateLimiting(ExpensiveWork.Siting)
          .WithQuery(
            QueryDocs.Budget[0],
            new("count", "integer", false, "new sites, 1 to Limits:MaxSitingCount (default 100); default 1"),
            new("objective", "string", false, "max-coverage (default), min-facilities or p-median"),
            QueryDocs.Budget[1],
            new("minutes", "number", false, "travel-time budget, default 10"),
            new("candidates", "string", false, "geodata (default: the plan's candidate sites) or grid:<metres> (50–5000; at most Limits:MaxSitingCandidates points)"),
            new("points", "string", false, "extra candidates as lon,lat;lon,lat in WGS84"),
            new("solver", "string", false, "exact (default, CP-SAT) or heuristic"),
            new("timeLimit", "integer", false, "solver time limit in seconds, 1 to Limits:MaxSolverSeconds (default 60); default 30"),
            new("capacitated", "boolean", false, "count school places or parking spaces against capacities"))
          .WithName("Siting").WithSummary("Where the next facilities of a kind should go (MCLP, LSCP, p-median, capacitated), with coverage before and after");
    }

    /// <summary>
    /// Extra candidates as <c>lon,lat;lon,lat</c> in WGS84 (the points a planner clicked on the map), each with the
    /// text it was given and its place in EPSG:4547; where they may lie is the district's business (<see cref="OutsideDistrict"/>).
    /// </summary>
    private static List<(string Text, double Lon, double Lat, Point Location)> ParsePoints(QueryReader query, int maxPoints)
    {
        var points = new List<(string, double, double, Point)>();
        if (query.Text("points") is not { } value || string.IsNullOrWhiteSpace(value))
        {
            return points;
        }

        var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > maxPoints)
        {
            query.Add($"points: {parts.Length:N0} points; one request adds at most {maxPoints:N0} (Limits:MaxSitingPoints)");
            return points;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var xy = parts[i].Split(',');
            // The internal CRS (CGCS2000 / 3-degree Gauss-Kruger CM 114°E) is defined for longitudes 112.5–115.5°E.
            if (xy.Length != 2 || !double.TryParse(xy[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.TryParse(xy[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.IsFinite(lon) || !double.IsFinite(lat) || lon is < 112.5 or > 115.5 || lat is < 0 or > 60)
            {
                query.Add($"points[{i + 1}] '{QueryReader.Shown(parts[i])}': give lon,lat in WGS84 (longitude 112.5–115.5, the area of the plan's coordinate system)");
                continue;
            }

            var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
            points.Add((parts[i], lon, lat, GeometryFactories.Internal.CreatePoint(new Coordinate(x, y))));
        }

        return points;
    }

    /// <summary>A problem for each point farther than <see cref="PointMarginMeters"/> outside the district's bounding box.</summary>
    private static List<string> OutsideDistrict(District district, IReadOnlyList<(string Text, double Lon, double Lat, Point Location)> points)
    {
        var box = new Envelope(district.Boundary.EnvelopeInternal);
        box.ExpandBy(PointMarginMeters);
        var (minLon, minLat) = Reprojector.Transform(box.MinX, box.MinY, Srid.Internal, Srid.Wgs84);
        var (maxLon, maxLat) = Reprojector.Transform(box.MaxX, box.MaxY, Srid.Internal, Srid.Wgs84);
        return [.. points.Select((p, i) => (p, i)).Where(q => !box.Contains(q.p.Location.Coordinate))
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"points[{q.i + 1}] '{QueryReader.Shown(q.p.Text)}': outside {district.Name}; give lon,lat within lon {minLon:0.###}–{maxLon:0.###}, lat {minLat:0.###}–{maxLat:0.###}"))];
    }
}
