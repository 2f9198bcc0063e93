using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>
/// The inverse question of coverage: every existing facility of every kind a community can reach within a
/// budget, from one bounded search out of the community (so one-way streets are driven the right way).
/// </summary>
public static class CommunityReach
{
    /// <summary>Facilities reachable from <paramref name="community"/> within <paramref name="minutes"/>, nearest first; empty when the community is off the network.</summary>
    /// <param name="plan">The plan whose facilities are looked for.</param>
    /// <param name="network">The network under the travel profile.</param>
    /// <param name="community">Where the trips start.</param>
    /// <param name="minutes">The budget.</param>
    /// <param name="snapPolicy">How points join the network; <see cref="SnapPolicy.Default"/> when null.</param>
    public static IReadOnlyList<ReachableFacility> From(PlanDataset plan, ProfiledNetwork network, Community community, double minutes, SnapPolicy? snapPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(community);
        var join = new NetworkJoin(network, snapPolicy);
        if (join.Snap(community.Location) is not { } start)
        {
            return [];
        }

        var budget = minutes * 60;
        var reach = join.Search(start, budget);
        var result = new List<ReachableFacility>();
        foreach (var facility in plan.Facilities.Where(f => f.Status == BuildStatus.Existing))
        {
            if (join.Snap(facility.Location) is { } target && reach.CostTo(target) is var seconds && seconds <= budget)
            {
                result.Add(new ReachableFacility(facility, seconds, facility.Location.Distance(community.Location)));
            }
        }

        return result.OrderBy(r => r.Seconds).ThenBy(r => r.Facility.Id.Value, StringComparer.Ordinal).ToArray();
    }
}
