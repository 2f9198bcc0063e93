using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>
/// The communities inside one facility's service circle: one bounded search out of the facility, each
/// community joined the way <see cref="Coverage.CoverageAnalyzer"/> joins it (one <see cref="NetworkJoin"/>),
/// so a community is inside exactly when that facility alone would cover it.
/// </summary>
public static class FacilityCatchment
{
    /// <summary>Communities <paramref name="facility"/> reaches within <paramref name="minutes"/>, nearest first; empty when the facility is off the network.</summary>
    /// <param name="plan">The plan whose communities are looked for.</param>
    /// <param name="network">The network under the travel profile.</param>
    /// <param name="facility">Where the trips start.</param>
    /// <param name="minutes">The budget.</param>
    /// <param name="snapPolicy">How points join the network; <see cref="SnapPolicy.Default"/> when null.</param>
    public static IReadOnlyList<CatchmentCommunity> Of(PlanDataset plan, ProfiledNetwork network, Facility facility, double minutes, SnapPolicy? snapPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(facility);
        var join = new NetworkJoin(network, snapPolicy);
        if (join.Snap(facility.Location) is not { } start)
        {
            return [];
        }

        var budget = minutes * 60;
        var reach = join.Search(start, budget);
        var inside = new List<CatchmentCommunity>();
        foreach (var community in plan.Communities)
        {
            if (join.Snap(community.Location) is { } target && reach.CostTo(target) is var seconds && seconds <= budget)
            {
                inside.Add(new CatchmentCommunity(community, seconds));
            }
        }

        return inside.OrderBy(c => c.Seconds).ThenBy(c => c.Community.Code.Value, StringComparer.Ordinal).ToArray();
    }
}
