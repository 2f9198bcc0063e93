using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>
/// Holds the routable network in memory (built once from the store's roads: roads are not edited through
/// the API; only <c>hanyang import --layer osm</c> replaces them, and a running server keeps routing on the
/// network it built until it is restarted) and hands analyses the current plan, so new facilities are seen at once. Owns the server's one
/// service-circle cache, so concurrent requests for a set share one computation; each computation is logged.
/// </summary>
internal sealed partial class AnalysisService(IPlanStore store, ILogger<AnalysisService> logger)
{
    /// <summary>The plan store the analyses read and keep their results in.</summary>
    public IPlanStore Store => store;

    /// <summary>The service circles: standard budgets kept in the store, others in bounded memory.</summary>
    public ServiceCircleCache ServiceCircles { get; } = new(store, computed: c => LogComputed(logger, c.Key, c.Circles, c.Coordinates, c.Elapsed.TotalMilliseconds, c.Stored));

    private readonly Lock sync = new();
    private readonly Dictionary<string, ProfiledNetwork> profiled = new(StringComparer.Ordinal);
    private PlanNetwork? network;

    public async Task<(PlanDataset Plan, PlanNetwork Network)> CurrentAsync(CancellationToken cancellationToken)
    {
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        lock (sync)
        {
            network ??= PlanNetworkBuilder.Build(plan.Roads);
            return (plan, network);
        }
    }

    /// <summary>The current plan and the network under <paramref name="profile"/>, built once per profile name (snaps are cached inside).</summary>
    public async Task<(PlanDataset Plan, ProfiledNetwork Network)> CurrentAsync(TravelProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var (plan, graph) = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        lock (sync)
        {
            if (!profiled.TryGetValue(profile.Name, out var net))
            {
                net = new ProfiledNetwork(graph, profile);
                profiled[profile.Name] = net;
            }

            return (plan, net);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Computed service circles {Set}: {Circles} circles, {Coordinates} coordinates in {Milliseconds:0} ms; kept in the store: {Stored}")]
    private static partial void LogComputed(ILogger logger, ServiceCircleSetKey set, int circles, long coordinates, double milliseconds, bool stored);
}
