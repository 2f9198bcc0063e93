using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>Where candidates come from: the plan's candidate sites, a lattice over eligible land, or points a user gives.</summary>
public static class SitingCandidates
{
    /// <summary>Distance from a road centreline within which a lattice point counts as "on the road".</summary>
    public const double RoadClearanceMeters = 15;

    /// <summary>The candidate sites of the plan suitable for <paramref name="kind"/>.</summary>
    public static IReadOnlyList<SitingCandidate> FromPlan(PlanDataset plan, FacilityKind kind)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.CandidateSites
            .Where(s => s.SuitableKinds.Contains(kind))
            .OrderBy(s => s.Id.Value, StringComparer.Ordinal)
            .Select(s => new SitingCandidate(s.Id.Value, s.Name, s.Geometry as Point ?? s.Geometry.InteriorPoint, "geodata"))];
    }

    /// <summary>
    /// A square lattice of <paramref name="spacingMeters"/> over eligible land: inside the district, not on water,
    /// not within <see cref="RoadClearanceMeters"/> of a road centreline.
    /// </summary>
    public static IReadOnlyList<SitingCandidate> Lattice(PlanDataset plan, double spacingMeters)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!(spacingMeters >= 50 && spacingMeters <= 5000))
        {
            throw new ArgumentOutOfRangeException(nameof(spacingMeters), spacingMeters, "the lattice spacing must be between 50 and 5000 metres");
        }

        var district = PreparedGeometryFactory.Prepare(plan.District.Boundary);
        var water = new STRtree<IPreparedGeometry>();
        foreach (var w in plan.Water.Where(w => w.Area is Polygon or MultiPolygon))
        {
            water.Insert(w.Area.EnvelopeInternal, PreparedGeometryFactory.Prepare(w.Area));
        }

        var roads = new STRtree<Geometry>();
        foreach (var r in plan.Roads)
        {
            roads.Insert(r.Geometry.EnvelopeInternal, r.Geometry);
        }

        var box = plan.District.Boundary.EnvelopeInternal;
        var result = new List<SitingCandidate>();
        var (row, x0, y0) = (0, Math.Ceiling(box.MinX / spacingMeters) * spacingMeters, Math.Ceiling(box.MinY / spacingMeters) * spacingMeters);
        for (var y = y0; y <= box.MaxY; y += spacingMeters, row++)
        {
            var column = 0;
            for (var x = x0; x <= box.MaxX; x += spacingMeters, column++)
            {
                var p = GeometryFactories.Internal.CreatePoint(new Coordinate(x, y));
                if (!district.Contains(p) || water.Query(p.EnvelopeInternal).Any(w => w.Contains(p)))
                {
                    continue;
                }

                var near = new Envelope(p.Coordinate);
                near.ExpandBy(RoadClearanceMeters);
                if (roads.Query(near).Any(r => r.IsWithinDistance(p, RoadClearanceMeters)))
                {
                    continue;
                }

                result.Add(new SitingCandidate($"grid-{row:000}-{column:000}", $"网格候选点 {row + 1}-{column + 1}", p, "grid"));
            }
        }

        return result;
    }

    /// <summary>Points a user supplies (EPSG:4547), named in order.</summary>
    public static IReadOnlyList<SitingCandidate> FromPoints(IReadOnlyList<Point> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. points.Select((p, i) => new SitingCandidate($"point-{i + 1}", $"自选点 {i + 1}", p, "user"))];
    }
}
