using Hanyang.Gis.Domain.Places;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>
/// Where a community's residents are, as weighted demand points (issue 16). A community known only by its point
/// has one point with all its residents, so coverage is what it always was. A community with an area has its
/// residents spread evenly over it: the centres of a regular grid (<see cref="SpacingMeters"/>, coarser for a large
/// area so that there are at most about <see cref="MaxPoints"/>) that lie inside it, each with an equal share — the
/// usual areal-weighting assumption of dasymetric mapping without ancillary data. An area too small or too thin to
/// hold a grid centre gets one point inside it. Its coverage is then the share of the points within reach, not
/// whether its centroid is.
/// </summary>
public static class CommunityDemand
{
    /// <summary>The grid spacing for an area of ordinary size (metres).</summary>
    public const double SpacingMeters = 100;

    /// <summary>The most grid points one area is given, about (the spacing grows beyond this).</summary>
    public const int MaxPoints = 400;

    /// <summary>The demand points of <paramref name="community"/>; their shares sum to 1.</summary>
    public static IReadOnlyList<DemandPoint> Of(Community community)
    {
        ArgumentNullException.ThrowIfNull(community);
        if (community.Area is not { IsEmpty: false } area)
        {
            return [new DemandPoint(community.Location, 1)];
        }

        var spacing = Math.Max(SpacingMeters, Math.Sqrt(area.Area / MaxPoints));
        var inside = PreparedGeometryFactory.Prepare(area);
        var envelope = area.EnvelopeInternal;
        var factory = area.Factory;
        var points = new List<Point>();
        for (var y = envelope.MinY + (spacing / 2); y < envelope.MaxY; y += spacing)
        {
            for (var x = envelope.MinX + (spacing / 2); x < envelope.MaxX; x += spacing)
            {
                var point = factory.CreatePoint(new Coordinate(x, y));
                if (inside.Contains(point))
                {
                    points.Add(point);
                }
            }
        }

        if (points.Count == 0)
        {
            return [new DemandPoint(area.InteriorPoint, 1)];
        }

        var share = 1.0 / points.Count;
        return points.Select(p => new DemandPoint(p, share)).ToArray();
    }

    /// <summary>The share (0–1) of <paramref name="points"/> for which <paramref name="withinReach"/> holds.</summary>
    public static double CoveredShare(IReadOnlyList<DemandPoint> points, Func<Point, bool> withinReach)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(withinReach);
        var share = points.Where(p => withinReach(p.Location)).Sum(p => p.Share);
        return Math.Min(1, share);
    }
}
