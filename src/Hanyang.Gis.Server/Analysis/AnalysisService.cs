using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>
/// Hands analyses the current plan (so new facilities are seen at once) and its routable network, from the
/// process's one <see cref="PlanNetworks"/>: built once per version of the roads and travel profile, and
/// rebuilt when the roads change (<c>hanyang import --layer osm</c>). Owns the server's one service-circle
/// cache, so concurrent requests for a set share one computation; each computation is logged.
/// </summary>
internal sealed partial class AnalysisService(IPlanStore store, PlanNetworks networks, ILogger<AnalysisService> logger)
{
    /// <summary>The plan store the analyses read and keep their results in.</summary>
    public IPlanStore Store => store;

    /// <summary>The service circles: standard budgets kept in the store, others in bounded memory.</summary>
    public ServiceCircleCache ServiceCircles { get; } = new(store, computed: c => LogComputed(logger, c.Key, c.Circles, c.Coordinates, c.Elapsed.TotalMilliseconds, c.Stored));

    /// <summary>The current plan and the network of its roads.</summary>
    public async Task<(PlanDataset Plan, PlanNetwork Network)> CurrentAsync(CancellationToken cancellationToken)
    {
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        return (plan, networks.For(plan));
    }

    /// <summary>The current plan and the network of its roads under <paramref name="profile"/> (snaps are cached inside).</summary>
    public async Task<(PlanDataset Plan, ProfiledNetwork Network)> CurrentAsync(TravelProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        return (plan, networks.For(plan, profile));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Computed service circles {Set}: {Circles} circles, {Coordinates} coordinates in {Milliseconds:0} ms; kept in the store: {Stored}")]
    private static partial void LogComputed(ILogger logger, ServiceCircleSetKey set, int circles, long coordinates, double milliseconds, bool stored);
}
