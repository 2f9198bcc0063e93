namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// How a point (a community, a facility, a candidate site) joins the road network: at the nearest edge the
/// profile may use, provided that edge lies within <see cref="MaxOffsetMeters"/>; a point farther away is off
/// the network and takes part in no analysis.
/// </summary>
public sealed record SnapPolicy
{
    /// <summary>
    /// The analyses' policy, 1000 m: what coverage, reach, catchments, service circles and siting use, so a
    /// point is on or off the network alike in all of them.
    /// </summary>
    public static readonly SnapPolicy Default = new(1000);

    /// <summary>A policy joining points within <paramref name="maxOffsetMeters"/> of a usable edge.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a finite distance above 0.</exception>
    public SnapPolicy(double maxOffsetMeters)
    {
        if (!double.IsFinite(maxOffsetMeters) || maxOffsetMeters <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxOffsetMeters), maxOffsetMeters, "the snapping distance must be a finite number of metres above 0");
        }

        MaxOffsetMeters = maxOffsetMeters;
    }

    /// <summary>The farthest a point may lie from the edge it joins (the access leg), in metres.</summary>
    public double MaxOffsetMeters { get; }
}
