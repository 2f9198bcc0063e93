using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Tests;

public sealed class ServiceCircleCacheTests : IDisposable
{
    private static readonly TravelProfile Walk = TravelProfiles.Walking();

    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-circles-" + Guid.NewGuid().ToString("N"));
    private readonly PlanDataset plan = new SyntheticPlan().Street(0, 0, 2000, 0).Street(0, 0, 0, 2000).School("a", 0, 0).Build();
    private readonly EmbeddedPlanStore store;
    private readonly PlanNetwork network;

    public ServiceCircleCacheTests()
    {
        store = new EmbeddedPlanStore(plan, directory);
        network = PlanNetworkBuilder.Build(plan.Roads);
    }

    private string[] StoredFiles => Directory.Exists(Path.Combine(directory, "circles"))
        ? [.. Directory.EnumerateFiles(Path.Combine(directory, "circles")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
        : [];

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task GetOrCompute_StandardBudget_StoredOnceServedFromTheStoreAndReplacedWhenAFacilityIsAdded()
    {
        var first = await new ServiceCircleCache(store).GetOrComputeAsync(await store.GetPlanAsync(default), network, FacilityKind.PrimarySchool, Walk, 5, default);
        var second = await new ServiceCircleCache(store).GetOrComputeAsync(await store.GetPlanAsync(default), network, FacilityKind.PrimarySchool, Walk, 5, default);
        await store.AddFacilityAsync(plan.Facilities[0] with { Id = new FacilityId("b"), Location = SyntheticPlan.At(2000, 0) }, default);
        var third = await new ServiceCircleCache(store).GetOrComputeAsync(await store.GetPlanAsync(default), network, FacilityKind.PrimarySchool, Walk, 5, default);

        Assert.Equal(ServiceCircleSource.ComputedAndStored, first.Source);
        Assert.Equal(["primary-school/walk-4.5/5/a", "primary-school/walk-4.5/5/dissolved"], first.Circles.Select(c => c.Id));
        Assert.Equal(ServiceCircleSource.Store, second.Source);
        Assert.Equal(first.Circles.Select(c => c.DataVersion), second.Circles.Select(c => c.DataVersion));
        Assert.Equal(ServiceCircleSource.ComputedAndStored, third.Source);
        Assert.Equal(3, third.Circles.Count);
        Assert.NotEqual(first.Circles[0].DataVersion, third.Circles[0].DataVersion);
        Assert.Equal(2 * 375 + 375, third.Circles.Single(c => c.Facility is null).ReachedMeters, 1e-6);
        Assert.Equal(["primary-school_walk-4.5_5.json"], StoredFiles);
    }

    [Fact]
    public async Task GetOrCompute_StoringAStandardBudget_PrunesTheOddSetsAnEarlierVersionStored()
    {
        var odd = new ServiceCircleSetKey(FacilityKind.PrimarySchool, Walk.Name, 12.3);
        await store.ReplaceServiceCirclesAsync(odd, [], default);
        Assert.Equal(["primary-school_walk-4.5_12.3.json"], StoredFiles);

        await new ServiceCircleCache(store).GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 10, default);

        Assert.Equal(["primary-school_walk-4.5_10.json"], StoredFiles);
    }

    [Fact]
    public async Task GetOrCompute_OddBudget_ComputedOnceHeldInMemoryAndNeverStored()
    {
        var cache = new ServiceCircleCache(store);

        var first = await cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 4.27, default);
        var second = await cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 4.3, default);

        Assert.Equal((ServiceCircleSource.Computed, ServiceCircleSource.Memory), (first.Source, second.Source));
        Assert.Equal(["primary-school/walk-4.5/4.3/a", "primary-school/walk-4.5/4.3/dissolved"], first.Circles.Select(c => c.Id));
        Assert.All(first.Circles, c => Assert.Equal(4.3, c.Minutes));
        Assert.Same(first.Circles, second.Circles);
        Assert.Equal(1, cache.Computations);
        Assert.Empty(StoredFiles);
    }

    [Fact]
    public async Task GetOrCompute_BudgetsWithinATenthOfAMinute_AreOneSetComputedWithTheRoundedBudget()
    {
        var cache = new ServiceCircleCache(store);

        var twelve = await cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 12, default);
        var almost = await cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 12.0001, default);
        var next = await cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 12.1, default);

        Assert.Equal(twelve.Key, almost.Key);
        Assert.Same(twelve.Circles, almost.Circles);
        Assert.Equal(12 * 75, twelve.Circles.Single(c => c.Facility?.Value == "a").ReachedMeters / 2, 1e-6);
        Assert.Equal(["primary-school/walk-4.5/12.1/a", "primary-school/walk-4.5/12.1/dissolved"], next.Circles.Select(c => c.Id));
        Assert.Equal(2, cache.Computations);
    }

    [Fact]
    public async Task GetOrCompute_ParallelFirstRequestsWhileComputing_ShareOneComputation()
    {
        using var release = new ManualResetEventSlim();
        var computing = new TaskCompletionSource();
        var cache = new ServiceCircleCache(store, computed: _ =>
        {
            computing.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(30));
        });

        var first = cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 10, default);
        await computing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var others = Enumerable.Range(0, 7).Select(_ => Task.Run(() => cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 10, default))).ToArray();
        await Task.Delay(200);
        release.Set();
        var sets = await Task.WhenAll(others.Prepend(first));

        Assert.Equal(1, cache.Computations);
        Assert.All(sets, s => Assert.Same(sets[0].Circles, s.Circles));
        Assert.Equal(["primary-school_walk-4.5_10.json"], StoredFiles);
    }

    [Fact]
    public async Task GetOrCompute_CancelledWhileComputing_OthersStillGetTheSet()
    {
        using var release = new ManualResetEventSlim();
        var computing = new TaskCompletionSource();
        var cache = new ServiceCircleCache(store, computed: _ =>
        {
            computing.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(30));
        });
        using var cancel = new CancellationTokenSource();

        var cancelled = cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 7, cancel.Token);
        await computing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var other = cache.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 7, default);
        await cancel.CancelAsync();
        release.Set();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(2, (await other).Circles.Count);
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public async Task GetOrCompute_ManyOddBudgets_MemoryStaysWithinItsCaps()
    {
        var bySets = new ServiceCircleCache(store, maxSets: 3);
        var oneSet = (await new ServiceCircleCache(store).GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, 3, default)).Circles.Sum(c => c.Area.NumPoints);
        var byCoordinates = new ServiceCircleCache(store, maxCoordinates: (oneSet * 2) + (oneSet / 2));

        foreach (var minutes in Enumerable.Range(0, 20).Select(i => 3 + (i * 0.3)))
        {
            await bySets.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, minutes, default);
            await byCoordinates.GetOrComputeAsync(plan, network, FacilityKind.PrimarySchool, Walk, minutes, default);
        }

        Assert.Equal((20, 3), (bySets.Computations, bySets.HeldSets));
        Assert.InRange(byCoordinates.HeldCoordinates, 1, (oneSet * 2) + (oneSet / 2));
        Assert.InRange(byCoordinates.HeldSets, 1, 2);
        Assert.Empty(StoredFiles);
    }
}
