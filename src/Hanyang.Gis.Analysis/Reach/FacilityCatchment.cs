using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>
/// The communities inside one facility's service circle: one bounded search out of the facility, each
/// community joined at its snap point the way <see cref="Coverage.CoverageAnalyzer"/> joins it, so a
/// community is inside exactly when that facility alone would cover it.
/// </summary>
public static class FacilityCatchment
{
    /// <summary>Communities <paramref name="facility"/> reaches within <paramref name="minutes"/>, nearest first; empty when the facility is off the network.</summary>
    public static IReadOnlyList<CatchmentCommunity> Of(PlanDataset plan, ProfiledNetwork network, Facility facility, double minutes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(facility);
        if (network.Snap(facility.Location.Coordinate, Coverage.CoverageAnalyzer.MaxSnapMeters) is not { } start)
        {
            return [];
        }

        var budget = minutes * 60;
        var reach = network.CreateSearch().Run(network.Exits(start).Select(x => new SearchSource(x.Vertex, x.Seconds, 0)).ToArray(), budget, collectArcs: false);
        var inside = new List<CatchmentCommunity>();
        foreach (var community in plan.Communities)
        {
            if (network.Snap(community.Location.Coordinate, Coverage.CoverageAnalyzer.MaxSnapMeters) is not { } target)
            {
                continue;
            }

            var seconds = Math.Min(
                network.SameEdgeSeconds(start, target),
                network.Entries(target).Select(e => reach.SecondsTo(e.Vertex) + e.Seconds).DefaultIfEmpty(double.PositiveInfinity).Min());
            if (seconds <= budget)
            {
                inside.Add(new CatchmentCommunity(community, seconds));
            }
        }

        return inside.OrderBy(c => c.Seconds).ThenBy(c => c.Community.Code.Value, StringComparer.Ordinal).ToArray();
    }
}
