namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// A store's answer to "can you serve the plan now, and which store are you" — what /health reports.
/// </summary>
public interface IStoreReadiness
{
    /// <summary>Which store this is, as /health reports it: "postgis" or "embedded".</summary>
    string Kind { get; }

    /// <summary>
    /// Whether the store can serve the plan now, and if not why (<see cref="NotReadyReason"/>) and what to do.
    /// Never throws for a store that is not ready: that is the answer.
    /// </summary>
    Task<StoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken);
}
