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
/// the access leg counts at that edge's speed. A community with an area counts the share of its residents
/// within reach, spread over the area (<see cref="CommunityDemand"/>); the nearest facility and the counts are
/// those of its representative point.
/// </summary>
public sealed class CoverageAnalyzer(PlanDataset plan, PlanNetwork network)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TravelProfile, ProfiledNetwork> profiled = new();
    private readonly Lazy<Dictionary<string, HashSet<CommunityCode>>> zoneMembers = new(() => plan.Zones.ToDictionary(
        z => z.Id.Value,
        z => plan.Communities.Where(c => z.Area.Intersects(c.Location)).Select(c => c.Code).ToHashSet()));

    /// <summary>Communities farther than this from any usable road are reported as off the network.</summary>
    public const double MaxSnapMeters = 1000;

    /// <summary>Computes coverage for <paramref name="request"/>.</summary>
    public CoverageResult Compute(CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timed = Profiled(request.Profile);
        var metric = Profiled(request.Profile with
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

            // Issue 16: a community with an area counts the share of its residents within reach (CommunityDemand);
            // one known by its point keeps the answer of its point.
            var demand = c.Area is null ? null : CommunityDemand.Of(c);
            var (share, crowShare) = demand is null
                ? (seconds <= budget ? 1.0 : 0, crowMeters <= radius ? 1.0 : 0)
                : (CommunityDemand.CoveredShare(demand, p => nearest(c with { Location = p }).Seconds <= budget),
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

    /// <summary>The network under a profile, built once per profile (profiles are compared by their speeds).</summary>
    private ProfiledNetwork Profiled(TravelProfile profile) =>
        profiled.GetOrAdd(ProfileKey(profile), p => new ProfiledNetwork(network, p));

    private TravelProfile ProfileKey(TravelProfile profile) =>
        profiled.Keys.FirstOrDefault(k => k.Mode == profile.Mode && k.SpeedMetersPerSecondByClass.SequenceEqual(profile.SpeedMetersPerSecondByClass)) ?? profile;

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
    /// facility reached first, the time, and whether the community is on the network at all.
    /// </summary>
    private static Func<Community, (Facility? Facility, double Seconds, bool OnNetwork)> Nearest(ProfiledNetwork net, Facility[] facilities, double budget)
    {
        var snaps = facilities.Select(f => net.Snap(f.Location.Coordinate, MaxSnapMeters)).ToArray();
        var sources = facilities.SelectMany((f, i) => snaps[i] is { } s ? net.Exits(s).Select(x => new SearchSource(x.Vertex, x.Seconds, i)) : []).ToArray();
        var reach = net.CreateSearch().Run(sources, budget, collectArcs: false);
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

    /// <summary>
    /// For each community, how many facilities reach it within the budget: one bounded search per facility,
    /// reading only the vertices it reached (each knows which communities it leads into), so the cost grows
    /// with what each facility reaches, not with the number of communities.
    /// </summary>
    private Dictionary<CommunityCode, int> CountWithinBudget(ProfiledNetwork net, Facility[] facilities, double budget)
    {
        var communities = plan.Communities
            .Select(c => (c.Code, Snap: net.Snap(c.Location.Coordinate, MaxSnapMeters)))
            .Where(c => c.Snap is not null)
            .Select(c => (c.Code, Snap: c.Snap!.Value))
            .ToArray();
        var entriesByVertex = new Dictionary<int, List<(int Community, double Seconds)>>();
        for (var i = 0; i < communities.Length; i++)
        {
            foreach (var (vertex, seconds) in net.Entries(communities[i].Snap))
            {
                (entriesByVertex.TryGetValue(vertex.Value, out var list) ? list : entriesByVertex[vertex.Value] = []).Add((i, seconds));
            }
        }

        var counts = new int[communities.Length];
        var best = new double[communities.Length];
        var search = net.CreateSearch();
        foreach (var facility in facilities)
        {
            if (net.Snap(facility.Location.Coordinate, MaxSnapMeters) is not { } f)
            {
                continue;
            }

            Array.Fill(best, double.PositiveInfinity);
            var reach = search.Run(net.Exits(f).Select(x => new SearchSource(x.Vertex, x.Seconds, 0)).ToArray(), budget, collectArcs: false);
            foreach (var v in reach.Vertices)
            {
                if (entriesByVertex.TryGetValue(v.Vertex.Value, out var entries))
                {
                    foreach (var (community, seconds) in entries)
                    {
                        best[community] = Math.Min(best[community], v.Seconds + seconds);
                    }
                }
            }

            for (var i = 0; i < communities.Length; i++)
            {
                if (Math.Min(best[i], net.SameEdgeSeconds(f, communities[i].Snap)) <= budget)
                {
                    counts[i]++;
                }
            }
        }

        return communities.Select((c, i) => (c.Code, Count: counts[i])).Where(c => c.Count > 0).ToDictionary(c => c.Code, c => c.Count);
    }
}
