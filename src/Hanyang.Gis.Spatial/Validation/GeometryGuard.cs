using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Hanyang.Gis.Spatial.Validation;

/// <summary>
/// Checks a geometry before the system accepts it: SRID present and expected, not empty (nor any of its
/// parts), every coordinate finite and inside the CRS's valid range, and the geometry valid (OGC Simple Features). Each failure is a
/// typed <see cref="GeometryRejectedException"/> whose message names the subject and the reason.
/// Guards only read; they never change the geometry.
/// </summary>
public static class GeometryGuard
{
    /// <summary>Runs every check in order (SRID, emptiness, coordinates, validity) and throws on the first failure.</summary>
    /// <param name="geometry">The geometry to check.</param>
    /// <param name="expectedSrid">The SRID the geometry must carry.</param>
    /// <param name="subject">What the geometry is, for messages ("feature 17"); may be null.</param>
    /// <param name="extent">An optional narrower plausible extent (in the geometry's CRS) every coordinate must lie in.</param>
    public static void Check(Geometry geometry, int expectedSrid, string? subject = null, CoordinateRange? extent = null)
    {
        var problem = Find(geometry, expectedSrid, subject, extent);
        if (problem is not null)
        {
            throw problem;
        }
    }

    /// <summary>Like <see cref="Check"/> but returns the first problem instead of throwing; null when the geometry is acceptable.</summary>
    public static GeometryRejectedException? Find(Geometry geometry, int expectedSrid, string? subject = null, CoordinateRange? extent = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return FindSridProblem(geometry, expectedSrid, subject)
            ?? FindEmptyProblem(geometry, subject)
            ?? FindCoordinateProblem(geometry, CoordinateRange.For(expectedSrid), subject)
            ?? (extent is null ? null : FindCoordinateProblem(geometry, extent, subject))
            ?? FindValidityProblem(geometry, subject);
    }

    /// <summary>Throws unless the geometry carries <paramref name="expectedSrid"/>.</summary>
    public static void RequireSrid(Geometry geometry, int expectedSrid, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var problem = FindSridProblem(geometry, expectedSrid, subject);
        if (problem is not null)
        {
            throw problem;
        }
    }

    /// <summary>Throws unless every coordinate is finite and inside <paramref name="range"/>.</summary>
    public static void RequireCoordinatesIn(Geometry geometry, CoordinateRange range, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(range);
        var problem = FindCoordinateProblem(geometry, range, subject);
        if (problem is not null)
        {
            throw problem;
        }
    }

    /// <summary>Throws unless the geometry is valid in the OGC Simple Features sense.</summary>
    public static void RequireValid(Geometry geometry, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var problem = FindValidityProblem(geometry, subject);
        if (problem is not null)
        {
            throw problem;
        }
    }

    private static GeometryRejectedException? FindSridProblem(Geometry geometry, int expectedSrid, string? subject)
    {
        if (!Srid.IsSupported(expectedSrid))
        {
            return new UnsupportedSridException(expectedSrid, subject);
        }

        return geometry.SRID switch
        {
            0 => new MissingSridException(subject, expectedSrid),
            var actual when actual != expectedSrid => new UnexpectedSridException(subject, expectedSrid, actual),
            _ => null,
        };
    }

    private static EmptyGeometryException? FindEmptyProblem(Geometry geometry, string? subject)
    {
        if (geometry.IsEmpty)
        {
            return new EmptyGeometryException(subject, geometry.GeometryType, null);
        }

        if (geometry is GeometryCollection collection)
        {
            for (var i = 0; i < collection.NumGeometries; i++)
            {
                if (collection.GetGeometryN(i).IsEmpty)
                {
                    return new EmptyGeometryException(subject, geometry.GeometryType, i);
                }
            }
        }

        return null;
    }

    private static GeometryRejectedException? FindCoordinateProblem(Geometry geometry, CoordinateRange range, string? subject)
    {
        var coordinates = geometry.Coordinates;
        var bounds = range.Bounds;
        for (var i = 0; i < coordinates.Length; i++)
        {
            var (x, y) = (coordinates[i].X, coordinates[i].Y);
            if (!double.IsFinite(x))
            {
                return new NonFiniteCoordinateException(subject, i, range.XAxis, x);
            }

            if (!double.IsFinite(y))
            {
                return new NonFiniteCoordinateException(subject, i, range.YAxis, y);
            }

            if (x < bounds.MinX || x > bounds.MaxX)
            {
                return new CoordinateOutOfRangeException(subject, i, range.XAxis, x, bounds.MinX, bounds.MaxX, range.Name);
            }

            if (y < bounds.MinY || y > bounds.MaxY)
            {
                return new CoordinateOutOfRangeException(subject, i, range.YAxis, y, bounds.MinY, bounds.MaxY, range.Name);
            }
        }

        return null;
    }

    private static InvalidGeometryException? FindValidityProblem(Geometry geometry, string? subject)
    {
        var error = new IsValidOp(geometry).ValidationError;
        if (error is null)
        {
            return null;
        }

        var at = error.Coordinate;
        var location = at is null
            ? "an unknown location"
            : string.Create(CultureInfo.InvariantCulture, $"({at.X:0.#######}, {at.Y:0.#######})");
        return new InvalidGeometryException(subject, error.Message, location);
    }
}
