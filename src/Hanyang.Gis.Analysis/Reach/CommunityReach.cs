using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>
/// The inverse question of coverage: every existing facility of every kind a community can reach within a
/// budget, from one bounded search out of the community (so one-way streets are driven the right way).
/// </summary>
public static class CommunityReach
{
    /// <summary>Facilities reachable from <paramref name="community"/> within <paramref name="minutes"/>, nearest first; empty when the community is off the network.</summary>
    public static IReadOnlyList<ReachableFacility> From(PlanDataset plan, ProfiledNetwork network, Community community, double minutes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(community);
        if (network.Snap(community.Location.Coordinate, Coverage.CoverageAnalyzer.MaxSnapMeters) is not { } start)
        {
            return [];
        }

        var budget = minutes * 60;
        var reach = network.CreateSearch().Run(network.Exits(start).Select(x => new SearchSource(x.Vertex, x.Seconds, 0)).ToArray(), budget, collectArcs: false);
        var result = new List<ReachableFacility>();
        foreach (var facility in plan.Facilities.Where(f => f.Status == BuildStatus.Existing))
        {
            if (network.Snap(facility.Location.Coordinate, Coverage.CoverageAnalyzer.MaxSnapMeters) is not { } target)
            {
                continue;
            }

            var seconds = Math.Min(
                network.SameEdgeSeconds(start, target),
                network.Entries(target).Select(e => reach.SecondsTo(e.Vertex) + e.Seconds).DefaultIfEmpty(double.PositiveInfinity).Min());
            if (seconds <= budget)
            {
                result.Add(new ReachableFacility(facility, seconds, facility.Location.Distance(community.Location)));
            }
        }

        return result.OrderBy(r => r.Seconds).ThenBy(r => r.Facility.Id.Value, StringComparer.Ordinal).ToArray();
    }
}
