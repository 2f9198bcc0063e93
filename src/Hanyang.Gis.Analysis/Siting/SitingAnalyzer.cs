using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Optimization;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>
/// Siting new facilities against the plan: builds the coverage, cost or capacitated matrix of communities ×
/// candidates along the road network (the same travel rules as <see cref="CoverageAnalyzer"/>, facilities in place
/// kept), hands it to a solver of <see cref="Optimization"/>, and reports the chosen sites with coverage before and
/// after by street, zone and district and the plan's target for the kind.
/// </summary>
public sealed class SitingAnalyzer(PlanDataset plan, PlanNetwork network, SnapPolicy? snapPolicy = null)
{
    /// <summary>Answers <paramref name="request"/> over <paramref name="candidates"/>.</summary>
    /// <exception cref="UncoverableDemandException">Set covering is impossible; the message names the communities.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled: between travel-time searches, or during the solve.</exception>
    public SitingResult Run(SitingRequest request, IReadOnlyList<SitingCandidate> candidates, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        var join = new NetworkJoin(network.Profiled(request.Profile), snapPolicy);
        var communities = plan.Communities.OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
        var times = new CommunityTravelTimes(join, communities);
        var usable = Usable(request, candidates, times, join.Policy);

        var demand = request.Demand ?? SitingDemand.Default;
        var existing = plan.Facilities.Where(f => f.Kind == request.Kind && f.Status == BuildStatus.Existing).OrderBy(f => f.Id.Value, StringComparer.Ordinal).ToArray();
        var budget = request.BudgetSeconds;
        var reach = usable.Select(c =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return times.From(c.Location, budget);
        }).ToArray();
        var existingReach = existing.Select(f => times.From(f.Location, budget)).ToArray();
        var offersPerSite = request.Capacitated && request.Kind == FacilityKind.Parking ? demand.ParkingSizes.Count : 1;
        RequireModelWithin(request, reach.Sum(r => (long)r.Count) * offersPerSite);
        var options = new SolveOptions(request.TimeLimit ?? TimeSpan.FromSeconds(60), Progress: progress, Cancellation: cancellationToken);

        SiteSelection selection;
        CapacitatedInstance? capacitated = null;
        var offering = Enumerable.Range(0, usable.Length).Select(j => (Site: j, Capacity: (long?)null)).ToArray();
        string unit;
        if (request.Capacitated)
        {
            (capacitated, offering) = Capacitated(request, demand, communities, existing, existingReach, reach);
            selection = request.Solver == SolverKind.Exact ? ExactSolver.Capacitated(capacitated, request.Count, options) : HeuristicSolver.Capacitated(capacitated, request.Count, options);
            unit = request.Kind == FacilityKind.Parking ? "spaces" : "places";
        }
        else if (request.Objective == SitingObjective.PMedian)
        {
            var instance = Cost(request, communities, times, usable, existing, cancellationToken);
            selection = request.Solver == SolverKind.Exact ? ExactSolver.PMedian(instance, request.Count, options) : HeuristicSolver.PMedian(instance, request.Count, options);
            unit = "person-seconds";
        }
        else
        {
            selection = Covering(request, communities, existingReach, reach, options);
            unit = "residents";
        }

        var chosen = selection.Chosen.Select(k => (Offer: k, Site: offering[k].Site, Capacity: offering[k].Capacity)).ToArray();
        var proposed = chosen.Select(c => Proposed(request, demand, usable[c.Site], c.Capacity)).ToArray();
        var (before, after) = BeforeAndAfter(request, proposed);

        var coveredBefore = before.Communities.Where(c => c.Covered).Select(c => c.Community.Code).ToHashSet();
        var nearestNew = NearestNewSite(chosen.Select(c => reach[c.Site]).ToArray());

        var assignment = capacitated?.Assign(selection.Chosen);
        var sites = chosen.Select((c, k) => new SitedFacility(
            usable[c.Site],
            proposed[k],
            reach[c.Site].Sum(x => (long)communities[x.Community].Population),
            nearestNew.Where(n => n.Value.Site == k && !coveredBefore.Contains(communities[n.Key].Code)).Sum(n => (long)communities[n.Key].Population),
            assignment?.ServedByFacility[existing.Length + k])).ToArray();

        return new SitingResult(
            request,
            usable.Length,
            selection,
            sites,
            before,
            after,
            plan.Targets.FirstOrDefault(t => t.Kind == request.Kind && t.Id.StartsWith("new-", StringComparison.Ordinal)),
            unit,
            capacitated?.Assign([]).Served,
            assignment?.Served,
            capacitated?.TotalDemand);
    }

    /// <summary>The candidates on the network; none, or more than the limits allow, is refused.</summary>
    private static SitingCandidate[] Usable(SitingRequest request, IReadOnlyList<SitingCandidate> candidates, CommunityTravelTimes times, SnapPolicy policy)
    {
        var usable = candidates.Where(c => times.OnNetwork(c.Location)).ToArray();
        if (usable.Length == 0)
        {
            throw new ArgumentException($"none of the {candidates.Count} candidate site(s) lies within {policy.MaxOffsetMeters:0} m of a road the profile {request.Profile.Name} may use", nameof(candidates));
        }

        if (request.Limits is { } limits && usable.Length > limits.MaxCandidates)
        {
            throw new SitingTooLargeException($"candidates: {usable.Length:N0} candidate sites lie on the network; one run weighs at most {limits.MaxCandidates:N0} — use a wider lattice or fewer points");
        }

        return usable;
    }

    /// <summary>
    /// Coverage before (facilities in place) and after (in place, planned, and <paramref name="proposed"/> in place of
    /// the kind's facilities not yet built).
    /// </summary>
    private (CoverageResult Before, CoverageResult After) BeforeAndAfter(SitingRequest request, Facility[] proposed)
    {
        var coverageRequest = new CoverageRequest(request.Kind, request.Profile, request.Minutes, new HashSet<BuildStatus> { BuildStatus.Existing, BuildStatus.Planned });
        var before = new CoverageAnalyzer(plan, network, snapPolicy).Compute(coverageRequest with { Statuses = null });
        var afterPlan = plan.WithFacilities(plan.Facilities.Where(f => f.Kind == request.Kind && f.Status != BuildStatus.Existing).Select(f => f.Id), proposed);
        return (before, new CoverageAnalyzer(afterPlan, network, snapPolicy).Compute(coverageRequest));
    }

    /// <summary>Maximal covering or set covering (by the objective) of the communities no facility in place reaches.</summary>
    private static SiteSelection Covering(
        SitingRequest request, Community[] communities, IReadOnlyList<(int Community, double Seconds)>[] existingReach,
        IReadOnlyList<(int Community, double Seconds)>[] reach, SolveOptions options)
    {
        var already = new bool[communities.Length];
        foreach (var (i, _) in existingReach.SelectMany(r => r))
        {
            already[i] = true;
        }

        var instance = new CoverageInstance([.. communities.Select(c => (long)c.Population)], [.. reach.Select(r => (IReadOnlyList<int>)[.. r.Select(x => x.Community)])], already);
        try
        {
            return request.Objective == SitingObjective.MinFacilities
                ? (request.Solver == SolverKind.Exact ? ExactSolver.SetCovering(instance, options) : HeuristicSolver.SetCovering(instance, options))
                : (request.Solver == SolverKind.Exact ? ExactSolver.MaximalCovering(instance, request.Count, options) : HeuristicSolver.MaximalCovering(instance, request.Count, options));
        }
        catch (UncoverableDemandException e)
        {
            var names = e.DemandPoints.Select(i => $"{communities[i].Name} ({communities[i].Code.Value})").ToArray();
            throw new UncoverableDemandException($"no candidate site reaches {names.Length} communit{(names.Length == 1 ? "y" : "ies")} within {request.Minutes:0.#} min ({request.Profile.Name}): {string.Join("、", names)}; add candidates near them or allow more minutes", e);
        }
    }

    /// <summary>For each community a chosen site reaches, the nearest chosen site (its index in <paramref name="chosenReach"/>) and the seconds to it.</summary>
    private static Dictionary<int, (int Site, double Seconds)> NearestNewSite(IReadOnlyList<(int Community, double Seconds)>[] chosenReach)
    {
        var nearest = new Dictionary<int, (int Site, double Seconds)>();
        for (var k = 0; k < chosenReach.Length; k++)
        {
            foreach (var (i, seconds) in chosenReach[k])
            {
                if (!nearest.TryGetValue(i, out var old) || seconds < old.Seconds)
                {
                    nearest[i] = (k, seconds);
                }
            }
        }

        return nearest;
    }

    private (CapacitatedInstance Instance, (int Site, long? Capacity)[] Offers) Capacitated(
        SitingRequest request, SitingDemand demand, Community[] communities, Facility[] existing,
        IReadOnlyList<(int Community, double Seconds)>[] existingReach, IReadOnlyList<(int Community, double Seconds)>[] reach)
    {
        if (!demand.PlacesPer1000.TryGetValue(request.Kind, out var rate) || !demand.NewCapacity.TryGetValue(request.Kind, out var size))
        {
            throw new ArgumentException($"capacitated siting counts school places or parking spaces; {Identifiers.Of(request.Kind)} has no demand rate (use the uncapacitated objectives)");
        }

        var commercial = plan.Zones.Where(z => SitingDemand.CommercialZones.Contains(z.Id.Value)).Select(z => z.Area).ToArray();
        var units = communities.Select(c =>
        {
            var factor = request.Kind == FacilityKind.Parking && commercial.Any(a => a.Intersects(c.Location)) ? demand.CommercialZoneFactor : 1;
            return (long)Math.Round(c.Population * rate / 1000 * factor);
        }).ToArray();
        var supplies = existing.Select((f, k) => new CapacitatedInstance.Supply(f.Capacity ?? 0, [.. existingReach[k].Select(r => r.Community)])).ToArray();
        var sizes = request.Kind == FacilityKind.Parking ? demand.ParkingSizes : [size];
        var offers = reach.SelectMany((r, j) => sizes.Select(s => (Site: j, Capacity: (long?)s))).ToArray();
        var candidates = offers.Select(o => new CapacitatedInstance.Supply(o.Capacity!.Value, [.. reach[o.Site].Select(r => r.Community)])).ToArray();
        return (new CapacitatedInstance(units, supplies, candidates, [.. offers.Select(o => o.Site)]), offers);
    }

    /// <summary>Stops a run whose model would hold more pairs than <see cref="SitingRequest.Limits"/> allow, before the solver allocates it.</summary>
    private static void RequireModelWithin(SitingRequest request, long pairs)
    {
        if (request.Limits is { } limits && pairs > limits.MaxPairs)
        {
            throw new SitingTooLargeException($"the model would hold {pairs:N0} candidate–community pairs within {request.Minutes:0.#} min; one run holds at most {limits.MaxPairs:N0} — use fewer candidates (a wider lattice), fewer minutes or walking");
        }
    }

    private static CostInstance Cost(SitingRequest request, Community[] communities, CommunityTravelTimes times, SitingCandidate[] usable, Facility[] existing, CancellationToken cancellationToken)
    {
        // Travel beyond the cap (three budgets, at least 30 min) counts as the cap: p-median needs finite costs.
        var cap = Math.Max(3 * request.BudgetSeconds, 1800);
        var fallback = Enumerable.Repeat((long)Math.Round(cap), communities.Length).ToArray();
        foreach (var f in existing)
        {
            foreach (var (i, seconds) in times.From(f.Location, cap))
            {
                fallback[i] = Math.Min(fallback[i], (long)Math.Round(seconds));
            }
        }

        var rows = communities.Select(_ => new List<(int, long)>()).ToArray();
        var pairs = 0L;
        for (var j = 0; j < usable.Length; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reached = times.From(usable[j].Location, cap);
            pairs += reached.Count;
            RequireModelWithin(request, pairs);
            foreach (var (i, seconds) in reached)
            {
                rows[i].Add((j, (long)Math.Round(seconds)));
            }
        }

        return new CostInstance([.. communities.Select(c => (long)c.Population)], fallback, [.. rows], usable.Length);
    }

    private static Facility Proposed(SitingRequest request, SitingDemand demand, SitingCandidate site, long? capacity) => new(
        new FacilityId("proposed-" + site.Id),
        request.Kind,
        "拟建" + FacilityKinds.NameZh(request.Kind) + "（" + site.Name + "）",
        (int?)capacity ?? (demand.NewCapacity.TryGetValue(request.Kind, out var c) ? c : null),
        FacilityKinds.Get(request.Kind).CapacityUnit,
        BuildStatus.Planned,
        false,
        null,
        null,
        site.Location,
        new Provenance(Accuracy.Synthetic, $"proposed by siting ({Identifiers.Of(request.Objective)}, {request.Solver}) at {site.Origin} candidate {site.Id}; a model's proposal, not a planning decision"));
}
