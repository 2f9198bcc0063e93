namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// An add named an id that is taken already (in the store, or earlier in the same batch). Nothing was
/// written. Stores throw this and only this for a taken id, so that a caller can tell "choose another id"
/// (409) from a store that failed (an outage is never a conflict).
/// </summary>
public sealed class DuplicateIdException : Exception
{
    /// <summary>The id of an item of <paramref name="layer"/> (a facility or candidate site) is taken.</summary>
    public DuplicateIdException(PlanLayer layer, string id, Exception? innerException = null)
        : this(Noun(layer), id, $"{Noun(layer)} id '{id}' is taken; nothing was added", innerException)
    {
    }

    /// <summary>The id of an item named by <paramref name="what"/> (e.g. "scenario") is taken.</summary>
    public DuplicateIdException(string what, string id, Exception? innerException = null)
        : this(what, id, $"{what} id '{id}' is taken; nothing was added", innerException)
    {
    }

    /// <summary>The id of an item named by <paramref name="what"/> is taken; <paramref name="message"/> says how.</summary>
    public DuplicateIdException(string what, string id, string message, Exception? innerException)
        : base(message, innerException)
    {
        What = what;
        Id = id;
    }

    /// <summary>What kind of item, as a noun: "facility", "candidate site", "scenario".</summary>
    public string What { get; }

    /// <summary>The id that is taken.</summary>
    public string Id { get; }

    private static string Noun(PlanLayer layer) => layer switch
    {
        PlanLayer.Facilities => "facility",
        PlanLayer.CandidateSites => "candidate site",
        _ => Identifiers.Of(layer),
    };
}
