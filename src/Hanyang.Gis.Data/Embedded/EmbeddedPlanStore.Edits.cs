using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// Edits: each is checked by an <see cref="EditsChange"/> against the current edits and written as one journal
/// record (<see cref="Mutate"/>); a taken id or a stale version throws before anything is written.
/// </summary>
public sealed partial class EmbeddedPlanStore
{
    /// <inheritdoc />
    public Task<Versioned<Facility>?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken) =>
        Task.FromResult(Current().Facilities.Find(id.Value));

    /// <inheritdoc />
    public Task<Versioned<Facility>> AddFacilityAsync(Facility facility, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facility);
        return Task.FromResult(Mutate(e => new Versioned<Facility>(facility, e.AddFacility(EmbeddedDtos.From(facility))), cancellationToken));
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
                    e.AddFacility(EmbeddedDtos.From(facility));
                }

                return facilities.Count;
            },
            cancellationToken));
    }

    /// <inheritdoc />
    public Task<Versioned<Facility>> UpdateFacilityAsync(Facility facility, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facility);
        return Task.FromResult(Mutate(e => new Versioned<Facility>(facility, e.ReplaceFacility(facility.Id.Value, EmbeddedDtos.From(facility), expectedVersion)), cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteFacilityAsync(FacilityId id, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Mutate(e => e.ReplaceFacility(id.Value, null, expectedVersion), cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>?> FindCandidateSiteAsync(CandidateSiteId id, CancellationToken cancellationToken) =>
        Task.FromResult(Current().Sites.Find(id.Value));

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>> AddCandidateSiteAsync(CandidateSite site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Task.FromResult(Mutate(e => new Versioned<CandidateSite>(site, e.AddSite(EmbeddedDtos.From(site))), cancellationToken));
    }

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>> UpdateCandidateSiteAsync(CandidateSite site, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Task.FromResult(Mutate(e => new Versioned<CandidateSite>(site, e.ReplaceSite(site.Id.Value, EmbeddedDtos.From(site), expectedVersion)), cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteCandidateSiteAsync(CandidateSiteId id, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Mutate(e => e.ReplaceSite(id.Value, null, expectedVersion), cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Versioned<Scenario>>> ListScenariosAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            CatchUp();
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
        return Task.FromResult(Mutate(e => e.AddScenario(scenario), cancellationToken));
    }

    /// <inheritdoc />
    public Task<Versioned<Scenario>> UpdateScenarioAsync(Scenario scenario, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Task.FromResult(Mutate(e => e.UpdateScenario(scenario, expectedVersion), cancellationToken));
    }

    /// <inheritdoc />
    public Task DeleteScenarioAsync(ScenarioId id, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Mutate(
            e =>
            {
                e.DeleteScenario(id, expectedVersion);
                return 0;
            },
            cancellationToken));
}
