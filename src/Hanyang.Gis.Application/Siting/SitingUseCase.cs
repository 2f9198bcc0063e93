using System.Globalization;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Optimization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Application.Siting;

/// <summary>Where the next facilities of a kind should go, with coverage before and after (GET /api/siting, <c>hanyang site</c>).</summary>
public static class SitingUseCase
{
    /// <summary>How far beyond the district's bounding box a planner's point may lie (a site just across the boundary is a fair candidate).</summary>
    public const double PointMarginMeters = 5000;

    /// <summary>
    /// Gathers the candidates (refusing a lattice larger than the limits and points outside the district), runs the
    /// analyzer off the caller's thread and turns what stops it into a failure: no candidates, no answer, too large,
    /// no answer in time (422). <paramref name="cancellationToken"/> stops the solve.
    /// </summary>
    public static async Task<Outcome<SitingResult>> RunAsync(
        PlanWorkspace workspace, SitingQuery query, UseCaseLimits limits, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        var (plan, network) = await workspace.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (query.GridMeters is { } metres && limits.MaxSitingCandidates is { } most && plan.District.Boundary.Area / (metres * metres) is var estimate && estimate > most)
        {
            var wider = Math.Ceiling(Math.Sqrt(plan.District.Boundary.Area / most) / 10) * 10;
            return UseCaseFailure.Invalid(SitingQuery.InvalidTitle,
                [$"candidates '{query.Candidates}': about {estimate:N0} lattice points; one run weighs at most {most:N0} (Limits:MaxSitingCandidates) — use grid:{wider:0} or wider"]);
        }

        if (OutsideDistrict(plan.District, query.Points) is { Count: > 0 } outside)
        {
            return UseCaseFailure.Invalid(SitingQuery.InvalidTitle, outside);
        }

        var sites = (query.GridMeters is { } m ? SitingCandidates.Lattice(plan, m) : SitingCandidates.FromPlan(plan, query.Kind))
            .Concat(SitingCandidates.FromPoints([.. query.Points.Select(p => p.Location)])).ToArray();
        if (sites.Length == 0)
        {
            return UseCaseFailure.Unprocessable("no candidate sites", $"candidates '{query.Candidates}': no candidate site is suitable for {Identifiers.Of(query.Kind)}; use candidates=grid:500 or add points");
        }

        var request = new SitingRequest(query.Kind, query.Count, query.Objective, query.Profile, query.Minutes, query.Capacitated, query.Solver, query.TimeLimit, Limits: limits.Siting);
        try
        {
            // The solve runs off the caller's thread; cancellation stops it, the time limit bounds it.
            return await Task.Run(() => new SitingAnalyzer(plan, network).Run(request, sites, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is UncoverableDemandException or ArgumentException)
        {
            return UseCaseFailure.Unprocessable("the siting question has no answer", e.Message);
        }
        catch (SitingTooLargeException e)
        {
            return UseCaseFailure.Unprocessable("the siting request is too large", $"{e.Message} (Limits:MaxSitingCandidates, Limits:MaxSitingPairs)");
        }
        catch (TimeoutException e)
        {
            // The exact solver found no feasible answer in time: the request's own limit, not an outage.
            return UseCaseFailure.Unprocessable("no answer within the time limit", $"timeLimit: {e.Message} (solver=heuristic answers at once)");
        }
    }

    /// <summary>A problem for each point farther than <see cref="PointMarginMeters"/> outside the district's bounding box.</summary>
    private static List<string> OutsideDistrict(District district, IReadOnlyList<SitingPoint> points)
    {
        var box = new Envelope(district.Boundary.EnvelopeInternal);
        box.ExpandBy(PointMarginMeters);
        var (minLon, minLat) = Reprojector.Transform(box.MinX, box.MinY, Srid.Internal, Srid.Wgs84);
        var (maxLon, maxLat) = Reprojector.Transform(box.MaxX, box.MaxY, Srid.Internal, Srid.Wgs84);
        return [.. points.Select((p, i) => (p, i)).Where(q => !box.Contains(q.p.Location.Coordinate))
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"points[{q.i + 1}] '{RequestReader.Shown(q.p.Text)}': outside {district.Name}; give lon,lat within lon {minLon:0.###}–{maxLon:0.###}, lat {minLat:0.###}–{maxLat:0.###}"))];
    }
}
