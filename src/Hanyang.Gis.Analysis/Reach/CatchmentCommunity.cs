using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>A community inside a facility's service circle.</summary>
/// <param name="Community">The community.</param>
/// <param name="Seconds">Travel time from the facility to the community.</param>
public sealed record CatchmentCommunity(Community Community, double Seconds)
{
    /// <summary>Travel minutes.</summary>
    public double Minutes => Seconds / 60;
}
