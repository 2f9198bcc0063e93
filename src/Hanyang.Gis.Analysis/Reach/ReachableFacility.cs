using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>A facility a community reaches within the budget.</summary>
/// <param name="Facility">The facility.</param>
/// <param name="Seconds">Travel time from the community.</param>
/// <param name="StraightLineMeters">Distance as the crow flies.</param>
public sealed record ReachableFacility(Facility Facility, double Seconds, double StraightLineMeters)
{
    /// <summary>Travel minutes.</summary>
    public double Minutes => Seconds / 60;
}
