using System.Globalization;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;
using Hanyang.Gis.Optimization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Application.Siting;

/// <summary>
/// A siting question as a planner asks it, read and checked once for both front doors: the kind, how many
/// sites, the objective, mode and minutes, where candidates come from (the plan's sites or a lattice of
/// <see cref="UseCaseLimits.MinGridMeters"/>–<see cref="UseCaseLimits.MaxGridMeters"/> m), extra points, the
/// solver (exact or heuristic), its time limit and whether capacities bind.
/// </summary>
/// <param name="Kind">The facility kind to site.</param>
/// <param name="Count">New sites, 1 to <see cref="UseCaseLimits.MaxSitingCount"/>.</param>
/// <param name="Objective">What the sites should achieve.</param>
/// <param name="Profile">How people travel.</param>
/// <param name="Minutes">The travel-time budget.</param>
/// <param name="Candidates">The candidates as given: geodata or grid:&lt;metres&gt;.</param>
/// <param name="GridMeters">The lattice spacing, or null for the plan's candidate sites.</param>
/// <param name="Points">Extra candidate points, each with the text it was given.</param>
/// <param name="Solver">Exact (CP-SAT) or heuristic.</param>
/// <param name="TimeLimit">How long the solver may take.</param>
/// <param name="Capacitated">Whether school places or parking spaces are counted against capacities.</param>
public sealed record SitingQuery(
    FacilityKind Kind,
    int Count,
    SitingObjective Objective,
    TravelProfile Profile,
    double Minutes,
    string Candidates,
    double? GridMeters,
    IReadOnlyList<SitingPoint> Points,
    SolverKind Solver,
    TimeSpan TimeLimit,
    bool Capacitated)
{
    /// <summary>The title of every invalid siting request.</summary>
    public const string InvalidTitle = "the siting request is not valid";

    /// <summary>What the candidates field takes.</summary>
    public static readonly string CandidatesExpected = FormattableString.Invariant($"use geodata or grid:<metres> with {UseCaseLimits.MinGridMeters:0}–{UseCaseLimits.MaxGridMeters:0} metres");

    /// <summary>What the solver field takes.</summary>
    public const string SolverExpected = "use exact or heuristic";

    /// <summary>
    /// Car parks are reached by a 5-minute walk of 300 m (GB/T 51149-2016 §5.1): the minutes 300 m take at the
    /// walking speed (4 min at 4.5 km/h), the CLI's budget for parking when none is given.
    /// </summary>
    public static double ParkingWalkMinutes => 300 / (TravelProfiles.DefaultWalkingKmh / 3.6) / 60;

    /// <summary>The lattice spacing in <paramref name="candidates"/> (grid:&lt;metres&gt;, in range); null for geodata or when it is not valid.</summary>
    public static bool TryCandidates(string candidates, out double? gridMeters)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        gridMeters = null;
        if (candidates == "geodata")
        {
            return true;
        }

        if (candidates.StartsWith("grid:", StringComparison.Ordinal) && double.TryParse(candidates[5..], NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            && s is >= UseCaseLimits.MinGridMeters and <= UseCaseLimits.MaxGridMeters)
        {
            gridMeters = s;
            return true;
        }

        return false;
    }

    /// <summary>The solver named <paramref name="solver"/> (exact or heuristic), or null.</summary>
    public static SolverKind? SolverOf(string solver) => solver switch
    {
        "exact" => SolverKind.Exact,
        "heuristic" => SolverKind.Heuristic,
        _ => null,
    };

    /// <summary>
    /// Reads every field, naming every problem. Without minutes the budget is 10, or with
    /// <paramref name="parkingWalks"/> <see cref="ParkingWalkMinutes"/> for parking; <paramref name="extraPoints"/>
    /// are candidates the front door read itself (a file), added after the points field's.
    /// </summary>
    public static Outcome<SitingQuery> Parse(RequestValues values, UseCaseLimits limits, bool parkingWalks = false, IReadOnlyList<SitingPoint>? extraPoints = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var reader = new RequestReader(values);
        var kind = reader.RequiredChoice<FacilityKind>("kind", "facility kind");
        var count = (int?)reader.Integer("count", 1, limits.MaxSitingCount, 1, "the number of new sites");
        var objective = reader.Choice<SitingObjective>("objective", SitingObjective.MaxCoverage, "siting objective");
        var minutes = BudgetRequest.ReadMinutes(reader, limits, parkingWalks && kind == FacilityKind.Parking ? ParkingWalkMinutes : 10);
        var travel = reader.Mode("mode", "walk");
        var candidates = reader.Text("candidates") ?? "geodata";
        if (!TryCandidates(candidates, out var spacing))
        {
            reader.Add($"candidates '{RequestReader.Shown(candidates)}': {CandidatesExpected}");
        }

        var solverName = reader.Text("solver") ?? "exact";
        if (SolverOf(solverName) is null)
        {
            reader.Add($"solver '{RequestReader.Shown(solverName)}': {SolverExpected}");
        }

        var limit = (int?)reader.Integer("timeLimit", 1, limits.MaxSolverSeconds, Math.Min(30, limits.MaxSolverSeconds), "the solver's time limit in seconds");
        var capacitated = reader.Flag("capacitated");
        var points = ReadPoints(reader, limits.MaxSitingPoints);
        if (!reader.IsValid || kind is not { } k || count is not { } n || objective is not { } goal || minutes is not { } budget || travel is not { } mode || limit is not { } seconds)
        {
            return reader.Failure(InvalidTitle)!;
        }

        return new SitingQuery(k, n, goal, mode.Profile, budget, candidates, spacing, [.. points, .. extraPoints ?? []], SolverOf(solverName)!.Value, TimeSpan.FromSeconds(seconds), capacitated);
    }

    /// <summary>
    /// Extra candidates as <c>lon,lat;lon,lat</c> in WGS84 (the points a planner clicked on the map), each with the
    /// text it was given and its place in EPSG:4547; where they may lie is the district's business.
    /// </summary>
    private static List<SitingPoint> ReadPoints(RequestReader reader, int maxPoints)
    {
        var points = new List<SitingPoint>();
        if (reader.Text("points") is not { } value || string.IsNullOrWhiteSpace(value))
        {
            return points;
        }

        var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > maxPoints)
        {
            reader.Add($"points: {parts.Length:N0} points; one request adds at most {maxPoints:N0} (Limits:MaxSitingPoints)");
            return points;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var xy = parts[i].Split(',');
            // The internal CRS (CGCS2000 / 3-degree Gauss-Kruger CM 114°E) is defined for longitudes 112.5–115.5°E.
            if (xy.Length != 2 || !double.TryParse(xy[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.TryParse(xy[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.IsFinite(lon) || !double.IsFinite(lat) || lon is < 112.5 or > 115.5 || lat is < 0 or > 60)
            {
                reader.Add($"points[{i + 1}] '{RequestReader.Shown(parts[i])}': give lon,lat in WGS84 (longitude 112.5–115.5, the area of the plan's coordinate system)");
                continue;
            }

            var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
            points.Add(new SitingPoint(parts[i], GeometryFactories.Internal.CreatePoint(new Coordinate(x, y))));
        }

        return points;
    }
}

/// <summary>A candidate point a planner adds.</summary>
/// <param name="Text">How it was given (for messages).</param>
/// <param name="Location">Where it is, in EPSG:4547.</param>
public sealed record SitingPoint(string Text, Point Location);
