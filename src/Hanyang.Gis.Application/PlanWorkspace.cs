using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Application;

/// <summary>
/// What every use case works on: the store, the current plan (so new facilities are seen at once) and its
/// routable network from the process's one <see cref="PlanNetworks"/> — built once per version of the roads and
/// travel profile, and built anew when the roads change (<c>hanyang import --layer osm</c>). Owns one
/// service-circle cache, so concurrent requests for a set share one computation.
/// </summary>
public sealed class PlanWorkspace
{
    private readonly PlanNetworks networks;

    /// <summary>
    /// A workspace over <paramref name="store"/>, taking its networks from <paramref name="networks"/> (a new owner
    /// when null: one command of the CLI); <paramref name="computed"/> hears of every service-circle set computed.
    /// </summary>
    public PlanWorkspace(IPlanStore store, PlanNetworks? networks = null, Action<ServiceCircleComputation>? computed = null)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        this.networks = networks ?? new PlanNetworks();
        ServiceCircles = new ServiceCircleCache(store, computed: computed);
    }

    /// <summary>The plan store the analyses read and keep their results in.</summary>
    public IPlanStore Store { get; }

    /// <summary>The service circles: standard budgets kept in the store, others in bounded memory.</summary>
    public ServiceCircleCache ServiceCircles { get; }

    /// <summary>The current plan and the network of its roads.</summary>
    public async Task<(PlanDataset Plan, PlanNetwork Network)> CurrentAsync(CancellationToken cancellationToken)
    {
        var plan = await Store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        return (plan, networks.For(plan));
    }

    /// <summary>The current plan and the network of its roads under <paramref name="profile"/> (snaps are cached inside).</summary>
    public async Task<(PlanDataset Plan, ProfiledNetwork Network)> CurrentAsync(TravelProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var plan = await Store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        return (plan, networks.For(plan, profile));
    }
}
