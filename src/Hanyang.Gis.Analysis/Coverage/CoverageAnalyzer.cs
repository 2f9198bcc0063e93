using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>
/// Service-circle coverage along the road network: for every community, the nearest facility of a kind
/// by travel time, its network distance, how many facilities lie within the budget, whether the kind's
/// GB 50180-2018 radius is met, and the straight-line answer beside it; summed (population-weighted) by
/// street, zone and district. Facilities and communities join the network by <see cref="NetworkJoin"/> under
/// the snap policy (<see cref="SnapPolicy.Default"/> unless given); the access leg counts at that edge's speed.
/// Network distance is a search of metres along the same usable roads (<see cref="ProfiledNetwork.Metric"/>).
/// A community with an area counts the share of its residents within reach, spread over the area
/// (<see cref="CommunityDemand"/>); the nearest facility and the counts are those of its representative point.
/// </summary>
public sealed class CoverageAnalyzer(PlanDataset plan, PlanNetwork network, SnapPolicy? snapPolicy = null)
{
    private readonly Lazy<Dictionary<string, HashSet<CommunityCode>>> zoneMembers = new(() => plan.Zones.ToDictionary(
        z => z.Id.Value,
        z => plan.Communities.Where(c => z.Area.Intersects(c.Location)).Select(c => c.Code).ToHashSet()));

    /// <summary>Computes coverage for <paramref name="request"/>.</summary>
    public CoverageResult Compute(CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timed = new NetworkJoin(network.Profiled(request.Profile), snapPolicy);
        var metric = new NetworkJoin(timed.Network.Metric, snapPolicy);

        var facilities = plan.Facilities.Where(f => f.Kind == request.Kind && request.Counts(f.Status)).ToArray();
        var budget = request.BudgetSeconds;
        var nearest = Nearest(timed, facilities, budget + Math.Max(2 * budget, 1800));
        var nearestMeters = Nearest(metric, facilities, double.MaxValue);
        var counts = CountWithinBudget(timed, facilities, budget);

        var standard = request.Profile.Mode == TravelMode.Walk ? ServiceStandards.PrimaryFor(request.Kind).DistanceMeters : null;
        var radius = budget * request.Profile.SpeedFor((int)RoadClass.Local);
        var rows = plan.Communities.OrderBy(c => c.Code.Value, StringComparer.Ordinal).Select(c =>
        {
            var (facility, seconds, onNetwork) = nearest(c);
            var (_, meters, _) = nearestMeters(c);
            var crow = facilities.Length == 0 ? null : facilities.MinBy(f => (f.Location.Distance(c.Location), f.Id.Value));
            var crowMeters = crow?.Location.Distance(c.Location) ?? double.PositiveInfinity;

            // Issue 16: a community with an area counts the share of its residents within reach (CommunityDemand);
            // one known by its point keeps the answer of its point.
            var demand = c.Area is null ? null : CommunityDemand.Of(c);
            var (share, crowShare) = demand is null
                ? (seconds <= budget ? 1.0 : 0, crowMeters <= radius ? 1.0 : 0)
                : (CommunityDemand.CoveredShare(demand, p => nearest(c with { Location = p }).Cost <= budget),
                   CommunityDemand.CoveredShare(demand, p => facilities.Any(f => f.Location.Distance(p) <= radius)));
            return new CommunityCoverage(
                c,
                facility,
                seconds,
                meters,
                counts.TryGetValue(c.Code, out var n) ? n : 0,
                share > 0,
                standard is { } s ? meters <= s : null,
                crow,
                crowMeters,
                crowShare > 0,
                onNetwork,
                share,
                crowShare);
        }).ToArray();

        return new CoverageResult(
            request,
            facilities.Length,
            standard,
            radius,
            rows,
            Sum(plan.District.Code, plan.District.Name, rows),
            plan.Streets.OrderBy(s => s.Code.Value, StringComparer.Ordinal).Select(s => Sum(s.Code.Value, s.Name, rows.Where(r => r.Community.Street == s.Code))).ToArray(),
            plan.Zones.OrderBy(z => z.Id.Value, StringComparer.Ordinal).Select(z => Sum(z.Id.Value, z.Name, rows.Where(r => zoneMembers.Value[z.Id.Value].Contains(r.Community.Code)))).ToArray());
    }

    private static AreaCoverage Sum(string id, string name, IEnumerable<CommunityCoverage> rows)
    {
        var list = rows.ToList();
        return new AreaCoverage(
            id,
            name,
            list.Count,
            list.Count(r => r.Covered),
            list.Sum(r => (long)r.Community.Population),
            list.Sum(r => r.CoveredPopulation),
            list.Sum(r => r.StraightLineCoveredPopulation));
    }

    /// <summary>
    /// One multi-source search from every facility; returns a function giving, for a community, the
    /// facility reached first, the cost (seconds, or metres on a metric network), and whether the community
    /// is on the network at all.
    /// </summary>
    private static Func<Community, (Facility? Facility, double Cost, bool OnNetwork)> Nearest(NetworkJoin join, Facility[] facilities, double budget)
    {
        var reach = join.Search(facilities.Select(f => join.Snap(f.Location)).ToArray(), budget);
        return community =>
        {
            if (join.Snap(community.Location) is not { } c)
            {
                return (null, double.PositiveInfinity, false);
            }

            var (cost, origin) = reach.To(c);
            return (origin < 0 ? null : facilities[origin], cost, true);
        };
    }

    /// <summary>
    /// For each community, how many facilities reach it within the budget: one bounded search per facility,
    /// reading only the vertices it reached (each knows which communities it leads into), so the cost grows
    /// with what each facility reaches, not with the number of communities.
    /// </summary>
    private Dictionary<CommunityCode, int> CountWithinBudget(NetworkJoin join, Facility[] facilities, double budget)
    {
        var communities = plan.Communities;
        var targets = join.Targets(communities.Select(c => join.Snap(c.Location)).ToArray());
        var counts = new int[communities.Count];
        var search = join.Network.CreateSearch();
        foreach (var facility in facilities)
        {
            if (join.Snap(facility.Location) is { } f)
            {
                foreach (var (community, _) in targets.Within(join.Search(f, budget, search: search), budget))
                {
                    counts[community]++;
                }
            }
        }

        return communities.Select((c, i) => (c.Code, Count: counts[i])).Where(c => c.Count > 0).ToDictionary(c => c.Code, c => c.Count);
    }
}
