namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// An edit named a version that is no longer current: somebody else changed (or deleted) the item first.
/// Nothing was written; reload and apply the edit again.
/// </summary>
public sealed class EditConflictException : Exception
{
    /// <summary>A conflict on an item of a plan layer (a facility or candidate site).</summary>
    public EditConflictException(PlanLayer layer, string id, long expectedVersion, long? actualVersion)
        : this(Identifiers.Of(layer), id, expectedVersion, actualVersion)
    {
        Layer = layer;
    }

    /// <summary>A conflict on an item named by <paramref name="what"/> (e.g. "scenario").</summary>
    public EditConflictException(string what, string id, long expectedVersion, long? actualVersion)
        : base(actualVersion is null
            ? $"{what} '{id}' does not exist (any more); your edit (of version {expectedVersion}) was not saved"
            : $"{what} '{id}' was changed by someone else (now version {actualVersion}, you edited version {expectedVersion}); your edit was not saved — reload and try again")
    {
        Id = id;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The layer of the item, when it is a layer item.</summary>
    public PlanLayer? Layer { get; }

    /// <summary>The item's id.</summary>
    public string Id { get; }

    /// <summary>The version the edit was based on.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The current version, or null when the item does not exist.</summary>
    public long? ActualVersion { get; }
}
