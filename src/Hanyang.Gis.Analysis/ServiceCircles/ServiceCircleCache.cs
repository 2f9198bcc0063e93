using System.Collections.Concurrent;
using System.Diagnostics;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// Service circles as part of the plan, each set under its canonical key (<see cref="ServiceCircleSetKey"/>:
/// the budget rounded to 0.1 minute) and valid while the roads and facilities are those it was computed
/// from (<see cref="PlanDataVersion"/>). Sets of a standard budget (<see cref="StandardBudgets"/>) are kept in
/// the plan store, a stale one replaced (and sets of other budgets, which earlier versions stored, pruned
/// whenever the store is written); any other budget is computed on request and only held in memory.
/// Memory holds the most recently used sets, at most <c>maxSets</c> of them and <c>maxCoordinates</c>
/// polygon coordinates in all. Requests for a set that is being computed wait for that computation
/// rather than starting another (one computation per set and data version in the process); the store
/// makes concurrent replaces by other processes safe. Thread-safe: one instance serves a whole server.
/// </summary>
public sealed class ServiceCircleCache
{
    /// <summary>Default bound on the sets held in memory.</summary>
    public const int DefaultMaxSets = 32;

    /// <summary>Default bound on the polygon coordinates held in memory (≈ 50 MB of NTS geometry).</summary>
    public const long DefaultMaxCoordinates = 1_000_000;

    private readonly IPlanStore store;
    private readonly Action<ServiceCircleComputation>? computed;
    private readonly BoundedLru<ServiceCircleSetKey, (string Version, IReadOnlyList<StoredServiceCircle> Circles)> memory;
    private readonly ConcurrentDictionary<(ServiceCircleSetKey Key, string Version), Lazy<Task<ServiceCircleSet>>> inFlight = new();
    private long computations;

    /// <summary>A cache over <paramref name="store"/>; <paramref name="computed"/> hears of every computation (e.g. to log it).</summary>
    public ServiceCircleCache(IPlanStore store, int maxSets = DefaultMaxSets, long maxCoordinates = DefaultMaxCoordinates, Action<ServiceCircleComputation>? computed = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSets);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCoordinates);
        this.store = store;
        this.computed = computed;
        memory = new(maxSets, maxCoordinates, held => Coordinates(held.Circles));
    }

    /// <summary>How many sets this instance has computed.</summary>
    public long Computations => Interlocked.Read(ref computations);

    /// <summary>How many sets are held in memory.</summary>
    public int HeldSets => memory.Count;

    /// <summary>How many polygon coordinates the sets held in memory have in all.</summary>
    public long HeldCoordinates => memory.Weight;

    /// <summary>
    /// The circles of every existing facility of <paramref name="kind"/> in <paramref name="plan"/> within
    /// <paramref name="minutes"/> (rounded to 0.1 minute) under <paramref name="profile"/>, and their union:
    /// from memory, from the store or computed along <paramref name="network"/>.
    /// </summary>
    public async Task<ServiceCircleSet> GetOrComputeAsync(
        PlanDataset plan, PlanNetwork network, FacilityKind kind, TravelProfile profile, double minutes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(profile);
        var key = new ServiceCircleSetKey(kind, profile.Name, minutes);
        var version = PlanDataVersion.Of(plan);
        if (FromMemory(key, version) is { } held)
        {
            return held;
        }

        // The computation is shared by every request of the set, so no request's cancellation ends it.
        var flight = inFlight.GetOrAdd((key, version), k => new(() => Task.Run(() => FlyAsync(k.Key, k.Version, plan, network, profile))));
        return await flight.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private ServiceCircleSet? FromMemory(ServiceCircleSetKey key, string version) =>
        memory.TryGet(key, out var held) && held.Version == version ? new ServiceCircleSet(key, held.Circles, ServiceCircleSource.Memory) : null;

    private async Task<ServiceCircleSet> FlyAsync(ServiceCircleSetKey key, string version, PlanDataset plan, PlanNetwork network, TravelProfile profile)
    {
        try
        {
            return await LoadOrComputeAsync(key, version, plan, network, profile).ConfigureAwait(false);
        }
        finally
        {
            inFlight.TryRemove((key, version), out _);
        }
    }

    private async Task<ServiceCircleSet> LoadOrComputeAsync(ServiceCircleSetKey key, string version, PlanDataset plan, PlanNetwork network, TravelProfile profile)
    {
        // A flight that ended just before this one began may have left the set in memory.
        if (FromMemory(key, version) is { } held)
        {
            return held;
        }

        var standard = StandardBudgets.Contains(key);
        if (standard)
        {
            var stored = await store.ListServiceCirclesAsync(key, CancellationToken.None).ConfigureAwait(false);
            if (stored.Count > 0 && stored.All(c => c.DataVersion == version && c.Minutes == key.Minutes))
            {
                memory.Put(key, (version, stored));
                return new ServiceCircleSet(key, stored, ServiceCircleSource.Store);
            }
        }

        var clock = Stopwatch.StartNew();
        var circles = Compute(key, version, plan, network, profile);
        var elapsed = clock.Elapsed;
        if (standard)
        {
            await store.ReplaceServiceCirclesAsync(key, circles, CancellationToken.None).ConfigureAwait(false);

            // Sets earlier versions stored for any budget asked for go as soon as the store is written again.
            await store.PruneServiceCirclesAsync(StandardBudgets.Contains, CancellationToken.None).ConfigureAwait(false);
        }

        Interlocked.Increment(ref computations);
        computed?.Invoke(new ServiceCircleComputation(key, circles.Length, Coordinates(circles), elapsed, standard));
        memory.Put(key, (version, circles));
        return new ServiceCircleSet(key, circles, standard ? ServiceCircleSource.ComputedAndStored : ServiceCircleSource.Computed);
    }

    private static StoredServiceCircle[] Compute(ServiceCircleSetKey key, string version, PlanDataset plan, PlanNetwork network, TravelProfile profile)
    {
        var facilities = plan.Facilities.Where(f => f.Kind == key.Kind && f.Status == BuildStatus.Existing).ToArray();
        var (per, dissolved) = facilities.Length == 0 ? ([], null) : new ServiceCircleBuilder(network.Profiled(profile)).ForAll(facilities, key.Minutes);
        var now = DateTimeOffset.UtcNow;
        return per.Append(dissolved).OfType<ServiceCircle>()
            .Select(c => new StoredServiceCircle($"{key}/{c.Facility?.Id.Value ?? "dissolved"}", key.Kind, key.Mode, key.Minutes, c.Facility?.Id, c.Area, c.ReachedMeters, version, now))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private static long Coordinates(IReadOnlyList<StoredServiceCircle> circles) => circles.Sum(c => (long)c.Area.NumPoints);
}
