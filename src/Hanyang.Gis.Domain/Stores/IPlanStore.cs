using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Where the plan lives: PostGIS for a team (the system of record), or the embedded store that serves
/// geodata/ and keeps users' edits in files. Both pass one contract test suite and give the same answers.
/// All geometries in and out are EPSG:4547. Method prefixes: Get throws when missing, Find returns null,
/// List returns a (possibly empty) list.
/// </summary>
public interface IPlanStore
{
    /// <summary>
    /// Whether the store can serve the plan now, and if not why (<see cref="NotReadyReason"/>) and what to do.
    /// Never throws for a store that is not ready: that is the answer.
    /// </summary>
    Task<StoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The whole plan with every edit applied, for analyses. Throws <see cref="StoreNotReadyException"/> when the
    /// store holds no plan yet (not migrated, not seeded).
    /// </summary>
    Task<PlanDataset> GetPlanAsync(CancellationToken cancellationToken);

    /// <summary>Features of <paramref name="layer"/> whose geometry intersects <paramref name="bbox"/> (all when null), ordered by id.</summary>
    Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Features of <paramref name="layer"/> that intersect <paramref name="bbox"/> (all when null) and whose
    /// properties equal every value of <paramref name="where"/> (names from <see cref="PlanQueryables"/>), ordered by id.
    /// </summary>
    Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, IReadOnlyDictionary<string, string> where, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>One feature by id, or null.</summary>
    Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken);

    /// <summary>The <paramref name="count"/> facilities of <paramref name="kind"/> nearest to <paramref name="point"/>, nearest first.</summary>
    Task<IReadOnlyList<FacilityDistance>> ListNearestFacilitiesAsync(Point point, FacilityKind kind, int count, CancellationToken cancellationToken);

    /// <summary>Facilities (of <paramref name="kind"/> when given) within <paramref name="radiusMeters"/> of <paramref name="point"/>, nearest first.</summary>
    Task<IReadOnlyList<FacilityDistance>> ListFacilitiesWithinAsync(Point point, double radiusMeters, FacilityKind? kind, CancellationToken cancellationToken);

    /// <summary>Communities whose location lies in the zone, ordered by code.</summary>
    Task<IReadOnlyList<Community>> ListCommunitiesInZoneAsync(ZoneId zone, CancellationToken cancellationToken);

    /// <summary>Communities of the street, ordered by code.</summary>
    Task<IReadOnlyList<Community>> ListCommunitiesInStreetAsync(StreetCode street, CancellationToken cancellationToken);

    /// <summary>A facility with its current version, or null.</summary>
    Task<Versioned<Facility>?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken);

    /// <summary>Adds a facility (version 1). Throws <see cref="DuplicateIdException"/> when the id is taken (and for nothing else).</summary>
    Task<Versioned<Facility>> AddFacilityAsync(Facility facility, CancellationToken cancellationToken);

    /// <summary>Replaces a facility if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task<Versioned<Facility>> UpdateFacilityAsync(Facility facility, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a facility if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task DeleteFacilityAsync(FacilityId id, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>A candidate site with its current version, or null.</summary>
    Task<Versioned<CandidateSite>?> FindCandidateSiteAsync(CandidateSiteId id, CancellationToken cancellationToken);

    /// <summary>Adds a candidate site (version 1). Throws <see cref="DuplicateIdException"/> when the id is taken (and for nothing else).</summary>
    Task<Versioned<CandidateSite>> AddCandidateSiteAsync(CandidateSite site, CancellationToken cancellationToken);

    /// <summary>Replaces a candidate site if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task<Versioned<CandidateSite>> UpdateCandidateSiteAsync(CandidateSite site, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a candidate site if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task DeleteCandidateSiteAsync(CandidateSiteId id, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>All scenarios, ordered by id.</summary>
    Task<IReadOnlyList<Versioned<Scenario>>> ListScenariosAsync(CancellationToken cancellationToken);

    /// <summary>A scenario with its current version, or null.</summary>
    Task<Versioned<Scenario>?> FindScenarioAsync(ScenarioId id, CancellationToken cancellationToken);

    /// <summary>Adds a scenario (version 1). Throws <see cref="DuplicateIdException"/> when the id is taken (and for nothing else).</summary>
    Task<Versioned<Scenario>> AddScenarioAsync(Scenario scenario, CancellationToken cancellationToken);

    /// <summary>Replaces a scenario if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task<Versioned<Scenario>> UpdateScenarioAsync(Scenario scenario, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a scenario if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task DeleteScenarioAsync(ScenarioId id, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Adds many facilities at once (an import): all of them or, on any failure (an id taken or repeated in
    /// the batch: <see cref="DuplicateIdException"/>; a cancellation), none. Returns how many were added.
    /// </summary>
    Task<int> AddFacilitiesAsync(IReadOnlyList<Facility> facilities, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the plan's network layers — every road and every water body — with <paramref name="roads"/> and
    /// <paramref name="water"/> (an import such as an OpenStreetMap extract; each feature carries its own provenance),
    /// in one step: readers, other processes included, see the old network or the new one, never a mix, and on any
    /// failure (a geometry not in EPSG:4547, an id repeated, a cancellation) nothing changes. The other layers are kept.
    /// </summary>
    Task ReplaceNetworkAsync(IReadOnlyList<Road> roads, IReadOnlyList<WaterBody> water, CancellationToken cancellationToken);

    /// <summary>Saves an imported layer, replacing one of the same name, atomically.</summary>
    Task SaveImportedLayerAsync(ImportedLayer layer, CancellationToken cancellationToken);

    /// <summary>The names of the imported layers, ordered.</summary>
    Task<IReadOnlyList<string>> ListImportedLayerNamesAsync(CancellationToken cancellationToken);

    /// <summary>An imported layer by name, or null.</summary>
    Task<ImportedLayer?> FindImportedLayerAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces, in one step, the stored service circles of <paramref name="circleSet"/> with <paramref name="circles"/>.
    /// Safe when another process replaces the same set at the same moment: one complete set wins.
    /// </summary>
    Task ReplaceServiceCirclesAsync(ServiceCircleSetKey circleSet, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken);

    /// <summary>The stored service circles of <paramref name="circleSet"/>, ordered by id; empty when none were stored.</summary>
    Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(ServiceCircleSetKey circleSet, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every stored set of service circles that <paramref name="keep"/> refuses, and any stored under
    /// a budget that is not canonical (left by earlier versions); returns how many sets went. Circles are
    /// derived data: a deleted set is computed again when asked for.
    /// </summary>
    Task<int> PruneServiceCirclesAsync(Func<ServiceCircleSetKey, bool> keep, CancellationToken cancellationToken);

    // ---- Population (issue 16): communities' populations, their sources and areas ----

    /// <summary>
    /// Replaces every community of the plan with <paramref name="communities"/> (an import of census populations, of a
    /// population grid, or of community areas), in one step: readers, other processes included, see the old communities
    /// or the new ones, never a mix, and on any failure (a code repeated, a location not a Point or an area not a Polygon or
    /// MultiPolygon in EPSG:4547, a cancellation) nothing changes. The other layers are kept.
    /// </summary>
    Task ReplaceCommunitiesAsync(IReadOnlyList<Community> communities, CancellationToken cancellationToken);
}
