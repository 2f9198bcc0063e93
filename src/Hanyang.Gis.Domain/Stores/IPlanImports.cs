using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Imports, each all or nothing (role of <see cref="IPlanStore"/>): facilities in bulk, the road and water
/// network replaced in one step, the communities (populations, areas) replaced in one step, and users' own layers kept by name.
/// </summary>
public interface IPlanImports
{
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
    /// Replaces every community of the plan with <paramref name="communities"/> (an import of census populations, of a
    /// population grid, or of community areas), in one step: readers, other processes included, see the old communities
    /// or the new ones, never a mix, and on any failure (a code repeated, a location not a Point or an area not a Polygon or
    /// MultiPolygon in EPSG:4547, a cancellation) nothing changes. The other layers are kept.
    /// </summary>
    Task ReplaceCommunitiesAsync(IReadOnlyList<Community> communities, CancellationToken cancellationToken);
}
