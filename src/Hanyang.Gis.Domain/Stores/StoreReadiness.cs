namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Whether a plan store can serve the plan now, and if not why and what to do: the answer of
/// <see cref="IStoreReadiness.CheckReadinessAsync"/>, which /health reports.
/// </summary>
/// <param name="Reason">Why the store cannot serve; null when it can.</param>
/// <param name="Problem">A message an operator can act on (what failed and what to run or check); null when ready.</param>
public sealed record StoreReadiness(NotReadyReason? Reason, string? Problem)
{
    /// <summary>The store can serve the plan.</summary>
    public static StoreReadiness Ready { get; } = new(null, null);

    /// <summary>True when the store can serve the plan.</summary>
    public bool IsReady => Reason is null;

    /// <summary>The store cannot serve, for <paramref name="reason"/>, as <paramref name="problem"/> explains.</summary>
    public static StoreReadiness NotReady(NotReadyReason reason, string problem) => new(reason, problem);
}
