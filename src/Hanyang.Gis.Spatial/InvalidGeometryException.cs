namespace Hanyang.Gis.Spatial;

/// <summary>
/// A geometry is not valid in the OGC Simple Features sense (self-intersection, ring not closed,
/// too few points, hole outside shell, ...). The reason names the problem and where it is.
/// </summary>
public sealed class InvalidGeometryException(string? subject, string problem, string location)
    : GeometryRejectedException(subject, $"invalid geometry: {problem} at {location}")
{
    /// <summary>The validity problem, e.g. "Self-intersection".</summary>
    public string Problem { get; } = problem;

    /// <summary>Where the problem is, in the geometry's own coordinates, e.g. "(114.2654, 30.5502)".</summary>
    public string Location { get; } = location;
}
