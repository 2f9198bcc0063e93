using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>Edits: each runs under the process lock and the data directory's lock file, on a fresh copy of edits.json.</summary>
public sealed partial class EmbeddedPlanStore
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public Task<Versioned<Facility>?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken)
    {
        var plan = Current();
        var facility = plan.Facilities.FirstOrDefault(f => f.Id == id);
        return Task.FromResult(facility is null ? null : new Versioned<Facility>(facility, VersionOf(edits.Facilities, id.Value)));
    }

    /// <inheritdoc />
    public Task<Versioned<Facility>> AddFacilityAsync(Facility facility, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facility);
        return Task.FromResult(Mutate(e => new Versioned<Facility>(facility, Add(e.Facilities, BundledFacilityIds, PlanLayer.Facilities, facility.Id.Value, EmbeddedDtos.From(facility))), cancellationToken));
    }

    /// <inheritdoc />
    public Task<int> AddFacilitiesAsync(IReadOnlyList<Facility> facilities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        return Task.FromResult(Mutate(
            e =>
            {
                foreach (var facility in facilities)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Add(e.Facilities, BundledFacilityIds, PlanLayer.Facilities, facility.Id.Value, EmbeddedDtos.From(facility));
                }

                return facilities.Count;
            },
            cancellationToken));
    }

    /// <inheritdoc />
    public Task<Versioned<Facility>> UpdateFacilityAsync(Facility facility, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facility);
        return Task.FromResult(Mutate(e => new Versioned<Facility>(facility, Replace(e.Facilities, BundledFacilityIds, PlanLayer.Facilities, facility.Id.Value, EmbeddedDtos.From(facility), expectedVersion)), cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteFacilityAsync(FacilityId id, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Mutate(e => Replace<FacilityDto>(e.Facilities, BundledFacilityIds, PlanLayer.Facilities, id.Value, null, expectedVersion), cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>?> FindCandidateSiteAsync(CandidateSiteId id, CancellationToken cancellationToken)
    {
        var site = Current().CandidateSites.FirstOrDefault(s => s.Id == id);
        return Task.FromResult(site is null ? null : new Versioned<CandidateSite>(site, VersionOf(edits.Sites, id.Value)));
    }

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>> AddCandidateSiteAsync(CandidateSite site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Task.FromResult(Mutate(e => new Versioned<CandidateSite>(site, Add(e.Sites, BundledSiteIds, PlanLayer.CandidateSites, site.Id.Value, EmbeddedDtos.From(site))), cancellationToken));
    }

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>> UpdateCandidateSiteAsync(CandidateSite site, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Task.FromResult(Mutate(e => new Versioned<CandidateSite>(site, Replace(e.Sites, BundledSiteIds, PlanLayer.CandidateSites, site.Id.Value, EmbeddedDtos.From(site), expectedVersion)), cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteCandidateSiteAsync(CandidateSiteId id, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Mutate(e => Replace<SiteDto>(e.Sites, BundledSiteIds, PlanLayer.CandidateSites, id.Value, null, expectedVersion), cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Versioned<Scenario>>> ListScenariosAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Refresh();
            IReadOnlyList<Versioned<Scenario>> result = edits.Scenarios.OrderBy(s => s.Id, StringComparer.Ordinal).Select(EmbeddedDtos.ToScenario).ToArray();
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<Scenario>?> FindScenarioAsync(ScenarioId id, CancellationToken cancellationToken) =>
        (await ListScenariosAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Value.Id == id);

    /// <inheritdoc />
    public Task<Versioned<Scenario>> AddScenarioAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Task.FromResult(Mutate(
            e =>
            {
                if (e.Scenarios.Any(s => s.Id == scenario.Id.Value))
                {
                    throw new DuplicateIdException("scenario", scenario.Id.Value);
                }

                var added = new Versioned<Scenario>(scenario, 1);
                e.Scenarios.Add(EmbeddedDtos.From(added));
                return added;
            },
            cancellationToken));
    }

    /// <inheritdoc />
    public Task<Versioned<Scenario>> UpdateScenarioAsync(Scenario scenario, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Task.FromResult(Mutate(
            e =>
            {
                var index = CheckScenario(e, scenario.Id, expectedVersion);
                var updated = new Versioned<Scenario>(scenario, expectedVersion + 1);
                e.Scenarios[index] = EmbeddedDtos.From(updated);
                return updated;
            },
            cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteScenarioAsync(ScenarioId id, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Mutate(
            e =>
            {
                e.Scenarios.RemoveAt(CheckScenario(e, id, expectedVersion));
                return 0;
            },
            cancellationToken));

    private HashSet<string> BundledFacilityIds => bundled.Facilities.Select(f => f.Id.Value).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> BundledSiteIds => bundled.CandidateSites.Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal);

    private static int CheckScenario(EditsDto e, ScenarioId id, long expectedVersion)
    {
        var index = e.Scenarios.FindIndex(s => s.Id == id.Value);
        var actual = index < 0 ? (long?)null : e.Scenarios[index].Version;
        if (actual != expectedVersion)
        {
            throw new EditConflictException("scenario", id.Value, expectedVersion, actual);
        }

        return index;
    }

    private static long? CurrentVersion<T>(Dictionary<string, EntryDto<T>> entries, HashSet<string> bundledIds, string id)
        where T : class =>
        entries.TryGetValue(id, out var entry) ? (entry.Value is null ? null : entry.Version) : bundledIds.Contains(id) ? 1 : null;

    private static long Add<T>(Dictionary<string, EntryDto<T>> entries, HashSet<string> bundledIds, PlanLayer layer, string id, T value)
        where T : class
    {
        if (CurrentVersion(entries, bundledIds, id) is not null)
        {
            throw new DuplicateIdException(layer, id);
        }

        var version = entries.TryGetValue(id, out var tombstone) ? tombstone.Version + 1 : 1;
        entries[id] = new EntryDto<T>(value, version);
        return version;
    }

    private static long Replace<T>(Dictionary<string, EntryDto<T>> entries, HashSet<string> bundledIds, PlanLayer layer, string id, T? value, long expectedVersion)
        where T : class
    {
        var actual = CurrentVersion(entries, bundledIds, id);
        if (actual != expectedVersion)
        {
            throw new EditConflictException(layer, id, expectedVersion, actual);
        }

        entries[id] = new EntryDto<T>(value, expectedVersion + 1);
        return expectedVersion + 1;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to a fresh copy of the edits under both locks and writes the result
    /// atomically. If the change throws or is cancelled, nothing is written and the store is unchanged.
    /// </summary>
    private TResult Mutate<TResult>(Func<EditsDto, TResult> change, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            using var fileLock = AcquireFileLock(cancellationToken);
            editsStamp = DateTime.MinValue.AddTicks(1); // force a reread: another process may have written within the clock's resolution
            Refresh();
            var copy = JsonSerializer.Deserialize<EditsDto>(JsonSerializer.SerializeToUtf8Bytes(edits, EmbeddedDtos.Json), EmbeddedDtos.Json)!;
            var result = change(copy);
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(dataDirectory, EditsFile);
            AtomicFile.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(copy, EmbeddedDtos.Json));
            edits = copy;
            editsStamp = File.GetLastWriteTimeUtc(path);
            merged = null;
            return result;
        }
    }

    private FileStream AcquireFileLock(CancellationToken cancellationToken)
    {
        var path = Path.Combine(dataDirectory, LockFile);
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(20);
            }
        }
    }
}
