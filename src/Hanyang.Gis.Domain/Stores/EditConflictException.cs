namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// An edit named a version that is no longer current: somebody else changed (or deleted) the item first.
/// Nothing was written; reload and apply the edit again.
/// </summary>
public sealed class EditConflictException(PlanLayer layer, string id, long expectedVersion, long? actualVersion)
    : Exception(actualVersion is null
        ? $"{Identifiers.Of(layer)} '{id}' was deleted by someone else; your edit (of version {expectedVersion}) was not saved"
        : $"{Identifiers.Of(layer)} '{id}' was changed by someone else (now version {actualVersion}, you edited version {expectedVersion}); your edit was not saved — reload and try again")
{
    /// <summary>The layer of the item.</summary>
    public PlanLayer Layer { get; } = layer;

    /// <summary>The item's id.</summary>
    public string Id { get; } = id;

    /// <summary>The version the edit was based on.</summary>
    public long ExpectedVersion { get; } = expectedVersion;

    /// <summary>The current version, or null when the item no longer exists.</summary>
    public long? ActualVersion { get; } = actualVersion;
}
