using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// A feature of any layer as the API and map see it: id, geometry (EPSG:4547 inside the system) and
/// snake_case properties, the same names as in geodata/.
/// </summary>
/// <param name="Layer">The layer it belongs to.</param>
/// <param name="Id">Its id within the layer.</param>
/// <param name="Geometry">Its geometry in EPSG:4547.</param>
/// <param name="Properties">Its properties (string, number, bool, null or string arrays).</param>
/// <param name="Version">Edit version for optimistic concurrency; 0 for features nobody has edited.</param>
public sealed record PlanFeature(PlanLayer Layer, string Id, Geometry Geometry, IReadOnlyDictionary<string, object?> Properties, long Version);
