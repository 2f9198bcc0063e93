using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// One edit being checked before it is written: every step checks ids and versions against the current edits
/// as changed by the earlier steps of the same edit, and adds the entries it changes to <see cref="Record"/>.
/// The current edits are only read, so an edit that fails (a taken id, a stale version, a cancellation)
/// leaves nothing to undo.
/// </summary>
internal sealed class EditsChange(EditsDto current, IReadOnlySet<string> bundledFacilityIds, IReadOnlySet<string> bundledSiteIds)
{
    /// <summary>The entries this edit changes, with their new versions: what the journal records.</summary>
    public JournalRecordDto Record { get; } = JournalRecordDto.Empty();

    /// <summary>Adds a facility; an id already in use throws <see cref="DuplicateIdException"/>. Returns its version.</summary>
    public long AddFacility(FacilityDto facility) =>
        Add(Record.Facilities, current.Facilities, bundledFacilityIds, PlanLayer.Facilities, facility.Id, facility);

    /// <summary>Replaces (or with null deletes) a facility at <paramref name="expectedVersion"/>; returns the new version.</summary>
    public long ReplaceFacility(string id, FacilityDto? facility, long expectedVersion) =>
        Replace(Record.Facilities, current.Facilities, bundledFacilityIds, PlanLayer.Facilities, id, facility, expectedVersion);

    /// <summary>Adds a candidate site; an id already in use throws <see cref="DuplicateIdException"/>. Returns its version.</summary>
    public long AddSite(SiteDto site) =>
        Add(Record.Sites, current.Sites, bundledSiteIds, PlanLayer.CandidateSites, site.Id, site);

    /// <summary>Replaces (or with null deletes) a candidate site at <paramref name="expectedVersion"/>; returns the new version.</summary>
    public long ReplaceSite(string id, SiteDto? site, long expectedVersion) =>
        Replace(Record.Sites, current.Sites, bundledSiteIds, PlanLayer.CandidateSites, id, site, expectedVersion);

    /// <summary>Adds a scenario at version 1; an id already in use throws <see cref="DuplicateIdException"/>.</summary>
    public Versioned<Scenario> AddScenario(Scenario scenario)
    {
        if (ScenarioVersion(scenario.Id.Value) is not null)
        {
            throw new DuplicateIdException("scenario", scenario.Id.Value);
        }

        var added = new Versioned<Scenario>(scenario, 1);
        Record.Scenarios[scenario.Id.Value] = EmbeddedDtos.From(added);
        return added;
    }

    /// <summary>Replaces a scenario at <paramref name="expectedVersion"/>; returns it with its new version.</summary>
    public Versioned<Scenario> UpdateScenario(Scenario scenario, long expectedVersion)
    {
        CheckScenario(scenario.Id, expectedVersion);
        var updated = new Versioned<Scenario>(scenario, expectedVersion + 1);
        Record.Scenarios[scenario.Id.Value] = EmbeddedDtos.From(updated);
        return updated;
    }

    /// <summary>Deletes a scenario at <paramref name="expectedVersion"/>.</summary>
    public void DeleteScenario(ScenarioId id, long expectedVersion)
    {
        CheckScenario(id, expectedVersion);
        Record.Scenarios[id.Value] = null;
    }

    private static long? CurrentVersion<T>(Dictionary<string, EntryDto<T>> changed, Dictionary<string, EntryDto<T>> entries, IReadOnlySet<string> bundledIds, string id)
        where T : class =>
        changed.TryGetValue(id, out var entry) || entries.TryGetValue(id, out entry)
            ? (entry.Value is null ? null : entry.Version)
            : bundledIds.Contains(id) ? 1 : null;

    private static long Add<T>(Dictionary<string, EntryDto<T>> changed, Dictionary<string, EntryDto<T>> entries, IReadOnlySet<string> bundledIds, PlanLayer layer, string id, T value)
        where T : class
    {
        if (CurrentVersion(changed, entries, bundledIds, id) is not null)
        {
            throw new DuplicateIdException(layer, id);
        }

        // A deleted item leaves a tombstone, so that an item added again under its id gets a new version.
        var version = changed.TryGetValue(id, out var tombstone) || entries.TryGetValue(id, out tombstone) ? tombstone.Version + 1 : 1;
        changed[id] = new EntryDto<T>(value, version);
        return version;
    }

    private static long Replace<T>(Dictionary<string, EntryDto<T>> changed, Dictionary<string, EntryDto<T>> entries, IReadOnlySet<string> bundledIds, PlanLayer layer, string id, T? value, long expectedVersion)
        where T : class
    {
        var actual = CurrentVersion(changed, entries, bundledIds, id);
        if (actual != expectedVersion)
        {
            throw new EditConflictException(layer, id, expectedVersion, actual);
        }

        changed[id] = new EntryDto<T>(value, expectedVersion + 1);
        return expectedVersion + 1;
    }

    private long? ScenarioVersion(string id) =>
        Record.Scenarios.TryGetValue(id, out var changed) ? changed?.Version : current.Scenarios.Find(s => s.Id == id)?.Version;

    private void CheckScenario(ScenarioId id, long expectedVersion)
    {
        var actual = ScenarioVersion(id.Value);
        if (actual != expectedVersion)
        {
            throw new EditConflictException("scenario", id.Value, expectedVersion, actual);
        }
    }
}
