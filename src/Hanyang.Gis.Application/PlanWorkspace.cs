using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Application;

/// <summary>
/// What every use case works on: the store, the current plan, and the routable network built once from the
/// store's roads (roads are not edited through the API; only <c>hanyang import --layer osm</c> replaces them,
/// and a running server keeps routing on the network it built until it is restarted), so new facilities are
/// seen at once. Owns one service-circle cache, so concurrent requests for a set share one computation.
/// </summary>
public sealed class PlanWorkspace
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, ProfiledNetwork> profiled = new(StringComparer.Ordinal);
    private PlanNetwork? network;

    /// <summary>A workspace over <paramref name="store"/>; <paramref name="computed"/> hears of every service-circle set computed.</summary>
    public PlanWorkspace(IPlanStore store, Action<ServiceCircleComputation>? computed = null)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        ServiceCircles = new ServiceCircleCache(store, computed: computed);
    }

    /// <summary>The plan store the analyses read and keep their results in.</summary>
    public IPlanStore Store { get; }

    /// <summary>The service circles: standard budgets kept in the store, others in bounded memory.</summary>
    public ServiceCircleCache ServiceCircles { get; }

    /// <summary>The current plan and the network (built on first use).</summary>
    public async Task<(PlanDataset Plan, PlanNetwork Network)> CurrentAsync(CancellationToken cancellationToken)
    {
        var plan = await Store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
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
}
