namespace Hanyang.Gis.Domain.Stores;

/// <summary>Saved planning scenarios, versioned like edits (role of <see cref="IPlanStore"/>).</summary>
public interface IScenarioStore
{
    /// <summary>All scenarios, ordered by id.</summary>
    Task<IReadOnlyList<Versioned<Scenario>>> ListScenariosAsync(CancellationToken cancellationToken);

    /// <summary>A scenario with its current version, or null.</summary>
    Task<Versioned<Scenario>?> FindScenarioAsync(ScenarioId id, CancellationToken cancellationToken);

    /// <summary>Adds a scenario (version 1). Throws <see cref="DuplicateIdException"/> when the id is taken (and for nothing else).</summary>
    Task<Versioned<Scenario>> AddScenarioAsync(Scenario scenario, CancellationToken cancellationToken);

    /// <summary>Replaces a scenario if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task<Versioned<Scenario>> UpdateScenarioAsync(Scenario scenario, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a scenario if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task DeleteScenarioAsync(ScenarioId id, long expectedVersion, CancellationToken cancellationToken);
}
