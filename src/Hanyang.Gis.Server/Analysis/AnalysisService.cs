using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Application;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>
/// The server's one <see cref="PlanWorkspace"/> over the process's one <see cref="PlanNetworks"/> (each network
/// built once per version of the roads and travel profile; the service-circle cache shared by every request),
/// with each service-circle computation logged.
/// </summary>
internal sealed partial class AnalysisService
{
    public AnalysisService(IPlanStore store, PlanNetworks networks, ILogger<AnalysisService> logger) =>
        Workspace = new PlanWorkspace(store, networks, c => LogComputed(logger, c.Key, c.Circles, c.Coordinates, c.Elapsed.TotalMilliseconds, c.Stored));

    /// <summary>What the use cases work on.</summary>
    public PlanWorkspace Workspace { get; }

    /// <summary>The plan store the analyses read and keep their results in.</summary>
    public IPlanStore Store => Workspace.Store;

    /// <summary>The service circles: standard budgets kept in the store, others in bounded memory.</summary>
    public ServiceCircleCache ServiceCircles => Workspace.ServiceCircles;

    /// <summary>The current plan and the network.</summary>
    public Task<(PlanDataset Plan, PlanNetwork Network)> CurrentAsync(CancellationToken cancellationToken) => Workspace.CurrentAsync(cancellationToken);

    /// <summary>The current plan and the network under <paramref name="profile"/>.</summary>
    public Task<(PlanDataset Plan, ProfiledNetwork Network)> CurrentAsync(TravelProfile profile, CancellationToken cancellationToken) => Workspace.CurrentAsync(profile, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Computed service circles {Set}: {Circles} circles, {Coordinates} coordinates in {Milliseconds:0} ms; kept in the store: {Stored}")]
    private static partial void LogComputed(ILogger logger, ServiceCircleSetKey set, int circles, long coordinates, double milliseconds, bool stored);
}
