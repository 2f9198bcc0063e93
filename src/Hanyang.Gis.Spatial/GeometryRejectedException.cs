namespace Hanyang.Gis.Spatial;

/// <summary>
/// Base of every error raised because a geometry (or its coordinates or CRS) cannot be accepted.
/// The message names the subject (e.g. "communities.geojson feature 17") and a reason a planner can act on.
/// </summary>
public abstract class GeometryRejectedException : Exception
{
    /// <summary>Creates the error for <paramref name="subject"/> (may be null) with a planner-readable <paramref name="reason"/>.</summary>
    protected GeometryRejectedException(string? subject, string reason)
        : base(subject is null ? reason : $"{subject}: {reason}")
    {
        Subject = subject;
        Reason = reason;
    }

    /// <summary>What was rejected, e.g. "feature 17" or "row 4"; null when the caller gave no label.</summary>
    public string? Subject { get; }

    /// <summary>Why it was rejected, without the subject.</summary>
    public string Reason { get; }
}
