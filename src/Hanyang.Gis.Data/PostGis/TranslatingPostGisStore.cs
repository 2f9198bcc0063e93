using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Tiles;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The PostGIS store as the rest of the system sees it (<see cref="PlanStores.Open"/>): every call goes to a
/// <see cref="PostGisPlanStore"/>, and a failure that means "the database cannot be used now" — it does not
/// answer, refuses the login, or lacks its tables (<see cref="PostGisFailures.Classify"/>) — comes out as a
/// <see cref="StoreUnavailableException"/> whose message names the server and what to check, with the Npgsql
/// exception inside. Callers (the server's 503s) therefore know no Npgsql type. Everything else, and
/// <see cref="StoreNotReadyException"/> and cancellations, pass through unchanged.
/// </summary>
/// <param name="inner">The store that does the work.</param>
/// <param name="connectionString">Its connection string, for the messages (host, port, database, user).</param>
/// <param name="setting">Where the connection string came from, for "check … in it", e.g. "ConnectionStrings:Plan".</param>
public sealed class TranslatingPostGisStore(PostGisPlanStore inner, string connectionString, string setting) : IPlanStore, IVectorTileSource
{
    /// <inheritdoc />
    public string Kind => inner.Kind;

    /// <inheritdoc />
    public Task<Versioned<Facility>?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken) => RunAsync(() => inner.FindFacilityAsync(id, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<Facility>> AddFacilityAsync(Facility facility, CancellationToken cancellationToken) => RunAsync(() => inner.AddFacilityAsync(facility, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<Facility>> UpdateFacilityAsync(Facility facility, long expectedVersion, CancellationToken cancellationToken) => RunAsync(() => inner.UpdateFacilityAsync(facility, expectedVersion, cancellationToken));

    /// <inheritdoc />
    public Task DeleteFacilityAsync(FacilityId id, long expectedVersion, CancellationToken cancellationToken) => RunAsync(() => inner.DeleteFacilityAsync(id, expectedVersion, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>?> FindCandidateSiteAsync(CandidateSiteId id, CancellationToken cancellationToken) => RunAsync(() => inner.FindCandidateSiteAsync(id, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>> AddCandidateSiteAsync(CandidateSite site, CancellationToken cancellationToken) => RunAsync(() => inner.AddCandidateSiteAsync(site, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<CandidateSite>> UpdateCandidateSiteAsync(CandidateSite site, long expectedVersion, CancellationToken cancellationToken) => RunAsync(() => inner.UpdateCandidateSiteAsync(site, expectedVersion, cancellationToken));

    /// <inheritdoc />
    public Task DeleteCandidateSiteAsync(CandidateSiteId id, long expectedVersion, CancellationToken cancellationToken) => RunAsync(() => inner.DeleteCandidateSiteAsync(id, expectedVersion, cancellationToken));

    /// <inheritdoc />
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, int offset, int limit, CancellationToken cancellationToken) => RunAsync(() => inner.ListFeaturesAsync(layer, bbox, offset, limit, cancellationToken));

    /// <inheritdoc />
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, IReadOnlyDictionary<string, string> where, int offset, int limit, CancellationToken cancellationToken) => RunAsync(() => inner.ListFeaturesAsync(layer, bbox, where, offset, limit, cancellationToken));

    /// <inheritdoc />
    public Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken) => RunAsync(() => inner.FindFeatureAsync(layer, id, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<FacilityDistance>> ListNearestFacilitiesAsync(Point point, FacilityKind kind, int count, CancellationToken cancellationToken) => RunAsync(() => inner.ListNearestFacilitiesAsync(point, kind, count, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<FacilityDistance>> ListFacilitiesWithinAsync(Point point, double radiusMeters, FacilityKind? kind, CancellationToken cancellationToken) => RunAsync(() => inner.ListFacilitiesWithinAsync(point, radiusMeters, kind, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Community>> ListCommunitiesInZoneAsync(ZoneId zone, CancellationToken cancellationToken) => RunAsync(() => inner.ListCommunitiesInZoneAsync(zone, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Community>> ListCommunitiesInStreetAsync(StreetCode street, CancellationToken cancellationToken) => RunAsync(() => inner.ListCommunitiesInStreetAsync(street, cancellationToken));

    /// <inheritdoc />
    public Task<int> AddFacilitiesAsync(IReadOnlyList<Facility> facilities, CancellationToken cancellationToken) => RunAsync(() => inner.AddFacilitiesAsync(facilities, cancellationToken));

    /// <inheritdoc />
    public Task ReplaceNetworkAsync(IReadOnlyList<Road> roads, IReadOnlyList<WaterBody> water, CancellationToken cancellationToken) => RunAsync(() => inner.ReplaceNetworkAsync(roads, water, cancellationToken));

    /// <inheritdoc />
    public Task ReplaceCommunitiesAsync(IReadOnlyList<Community> communities, CancellationToken cancellationToken) => RunAsync(() => inner.ReplaceCommunitiesAsync(communities, cancellationToken));

    /// <inheritdoc />
    public Task SaveImportedLayerAsync(ImportedLayer layer, CancellationToken cancellationToken) => RunAsync(() => inner.SaveImportedLayerAsync(layer, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListImportedLayerNamesAsync(CancellationToken cancellationToken) => RunAsync(() => inner.ListImportedLayerNamesAsync(cancellationToken));

    /// <inheritdoc />
    public Task<ImportedLayer?> FindImportedLayerAsync(string name, CancellationToken cancellationToken) => RunAsync(() => inner.FindImportedLayerAsync(name, cancellationToken));

    /// <inheritdoc />
    public Task<PlanDataset> GetPlanAsync(CancellationToken cancellationToken) => RunAsync(() => inner.GetPlanAsync(cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Versioned<Scenario>>> ListScenariosAsync(CancellationToken cancellationToken) => RunAsync(() => inner.ListScenariosAsync(cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<Scenario>?> FindScenarioAsync(ScenarioId id, CancellationToken cancellationToken) => RunAsync(() => inner.FindScenarioAsync(id, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<Scenario>> AddScenarioAsync(Scenario scenario, CancellationToken cancellationToken) => RunAsync(() => inner.AddScenarioAsync(scenario, cancellationToken));

    /// <inheritdoc />
    public Task<Versioned<Scenario>> UpdateScenarioAsync(Scenario scenario, long expectedVersion, CancellationToken cancellationToken) => RunAsync(() => inner.UpdateScenarioAsync(scenario, expectedVersion, cancellationToken));

    /// <inheritdoc />
    public Task DeleteScenarioAsync(ScenarioId id, long expectedVersion, CancellationToken cancellationToken) => RunAsync(() => inner.DeleteScenarioAsync(id, expectedVersion, cancellationToken));

    /// <inheritdoc />
    public Task ReplaceServiceCirclesAsync(ServiceCircleSetKey circleSet, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken) => RunAsync(() => inner.ReplaceServiceCirclesAsync(circleSet, circles, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(ServiceCircleSetKey circleSet, CancellationToken cancellationToken) => RunAsync(() => inner.ListServiceCirclesAsync(circleSet, cancellationToken));

    /// <inheritdoc />
    public Task<int> PruneServiceCirclesAsync(Func<ServiceCircleSetKey, bool> keep, CancellationToken cancellationToken) => RunAsync(() => inner.PruneServiceCirclesAsync(keep, cancellationToken));

    /// <inheritdoc />
    public Task<StoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken) => inner.CheckReadinessAsync(cancellationToken);

    /// <inheritdoc />
    public Task<byte[]> GetVectorTileAsync(PlanLayer layer, TileCoordinate tile, CancellationToken cancellationToken) => RunAsync(() => inner.GetVectorTileAsync(layer, tile, cancellationToken));

    /// <summary>The exception <paramref name="exception"/> becomes, or null when it is not the database's unavailability.</summary>
    internal static StoreUnavailableException? Translate(Exception exception, string? connectionString, string setting) =>
        exception is StoreNotReadyException or OperationCanceledException || PostGisFailures.Classify(exception) is not { } reason
            ? null
            : new StoreUnavailableException(reason, PostGisFailures.Describe(exception, connectionString, setting)!, exception);

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, connectionString, setting) is { } unavailable)
        {
            throw unavailable;
        }
    }

    private async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, connectionString, setting) is { } unavailable)
        {
            throw unavailable;
        }
    }
}
