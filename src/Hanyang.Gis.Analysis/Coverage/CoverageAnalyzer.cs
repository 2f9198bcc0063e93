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
/// street, zone and district. Facilities and communities join the network at the nearest usable edge;
/// the access leg counts at that edge's speed.
/// </summary>
public sealed class CoverageAnalyzer(PlanDataset plan, PlanNetwork network)
{
    /// <summary>Communities farther than this from any usable road are reported as off the network.</summary>
    public const double MaxSnapMeters = 1000;

    /// <summary>Computes coverage for <paramref name="request"/>.</summary>
    public CoverageResult Compute(CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timed = new ProfiledNetwork(network, request.Profile);
        var metric = new ProfiledNetwork(network, request.Profile with
        {
            Name = request.Profile.Name + "-metres",
            SpeedMetersPerSecondByClass = request.Profile.SpeedMetersPerSecondByClass.Select(s => s > 0 ? 1.0 : 0).ToArray(),
        });

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
            return new CommunityCoverage(
                c,
                facility,
                seconds,
                meters,
                counts.TryGetValue(c.Code, out var n) ? n : 0,
                seconds <= budget,
                standard is { } s ? meters <= s : null,
                crow,
                crowMeters,
                crowMeters <= radius,
                onNetwork);
        }).ToArray();

        return new CoverageResult(
            request,
            facilities.Length,
            standard,
            radius,
            rows,
            Sum(plan.District.Code, plan.District.Name, rows),
            plan.Streets.OrderBy(s => s.Code.Value, StringComparer.Ordinal).Select(s => Sum(s.Code.Value, s.Name, rows.Where(r => r.Community.Street == s.Code))).ToArray(),
            plan.Zones.OrderBy(z => z.Id.Value, StringComparer.Ordinal).Select(z => Sum(z.Id.Value, z.Name, rows.Where(r => z.Area.Intersects(r.Community.Location)))).ToArray());
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
            list.Where(r => r.Covered).Sum(r => (long)r.Community.Population),
            list.Where(r => r.CoveredByStraightLine).Sum(r => (long)r.Community.Population));
    }

    /// <summary>
    /// One multi-source search from every facility; returns a function giving, for a community, the
    /// facility reached first, the time, and whether the community is on the network at all.
    /// </summary>
    private static Func<Community, (Facility? Facility, double Seconds, bool OnNetwork)> Nearest(ProfiledNetwork net, Facility[] facilities, double budget)
    {
        var snaps = facilities.Select(f => net.Snap(f.Location.Coordinate, MaxSnapMeters)).ToArray();
        var sources = facilities.SelectMany((f, i) => snaps[i] is { } s ? net.Exits(s).Select(x => new SearchSource(x.Vertex, x.Seconds, i)) : []).ToArray();
        var reach = net.CreateSearch().Run(sources, budget);
        return community =>
        {
            if (net.Snap(community.Location.Coordinate, MaxSnapMeters) is not { } c)
            {
                return (null, double.PositiveInfinity, false);
            }

            var (bestIndex, bestSeconds) = (-1, double.PositiveInfinity);
            foreach (var (vertex, seconds) in net.Entries(c))
            {
                if (reach.Find(vertex) is { } v && v.Seconds + seconds < bestSeconds)
                {
                    (bestIndex, bestSeconds) = (v.Origin, v.Seconds + seconds);
                }
            }

            for (var i = 0; i < facilities.Length; i++)
            {
                if (snaps[i] is { } s && s.Edge == c.Edge && net.SameEdgeSeconds(s, c) is var direct && direct < bestSeconds)
                {
                    (bestIndex, bestSeconds) = (i, direct);
                }
            }

            return (bestIndex < 0 ? null : facilities[bestIndex], bestSeconds, true);
        };
    }

    /// <summary>For each community, how many facilities reach it within the budget (one bounded search per facility).</summary>
    private Dictionary<CommunityCode, int> CountWithinBudget(ProfiledNetwork net, Facility[] facilities, double budget)
    {
        var communities = plan.Communities
            .Select(c => (c.Code, Snap: net.Snap(c.Location.Coordinate, MaxSnapMeters)))
            .Where(c => c.Snap is not null)
            .Select(c => (c.Code, Snap: c.Snap!.Value, Entries: net.Entries(c.Snap!.Value).ToArray()))
            .ToArray();
        var counts = new Dictionary<CommunityCode, int>();
        var search = net.CreateSearch();
        foreach (var facility in facilities)
        {
            if (net.Snap(facility.Location.Coordinate, MaxSnapMeters) is not { } f)
            {
                continue;
            }

            var reach = search.Run(net.Exits(f).Select(x => new SearchSource(x.Vertex, x.Seconds, 0)).ToArray(), budget);
            foreach (var (code, snap, entries) in communities)
            {
                var seconds = Math.Min(net.SameEdgeSeconds(f, snap), entries.Select(e => reach.SecondsTo(e.Vertex) + e.Seconds).DefaultIfEmpty(double.PositiveInfinity).Min());
                if (seconds <= budget)
                {
                    counts[code] = counts.GetValueOrDefault(code) + 1;
                }
            }
        }

        return counts;
    }
}
