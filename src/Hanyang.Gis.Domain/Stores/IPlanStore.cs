namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Where the plan lives: PostGIS for a team (the system of record), or the embedded store that serves
/// geodata/ and keeps users' edits in files. Both pass one contract test suite and give the same answers.
/// All geometries in and out are EPSG:4547. Method prefixes: Get throws when missing, Find returns null,
/// List returns a (possibly empty) list.
/// </summary>
/// <remarks>
/// The union of the store's roles, which both stores implement and the composition root registers. A consumer
/// depends on the narrowest role it uses: <see cref="IPlanReader"/>, <see cref="IFeatureQueries"/>,
/// <see cref="IFacilityEdits"/>, <see cref="IScenarioStore"/>, <see cref="IPlanImports"/>,
/// <see cref="IServiceCircleStore"/>, <see cref="IStoreReadiness"/>. A failure of the store's backing service
/// (a database that does not answer or refuses the login) surfaces as <see cref="StoreUnavailableException"/>.
/// </remarks>
public interface IPlanStore : IStoreReadiness, IPlanReader, IFeatureQueries, IFacilityEdits, IScenarioStore, IPlanImports, IServiceCircleStore;
