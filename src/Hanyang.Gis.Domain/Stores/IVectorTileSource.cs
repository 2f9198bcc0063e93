using Hanyang.Gis.Spatial.Tiles;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// A store that can cut its layers into Mapbox vector tiles (MVT 2.1). Both plan stores implement it:
/// PostGIS with ST_AsMVT, the embedded store in C#. A tile has one layer named after the collection
/// (<see cref="Identifiers.Of{TEnum}"/> of the <see cref="PlanLayer"/>) whose features carry the same
/// properties as the OGC API items (arrays joined with commas, nulls left out), simplified to
/// <see cref="TileCoordinate.SimplifyToleranceMeters"/>.
/// </summary>
public interface IVectorTileSource
{
    /// <summary>The encoded tile; an empty array when no feature of the layer touches it.</summary>
    Task<byte[]> GetVectorTileAsync(PlanLayer layer, TileCoordinate tile, CancellationToken cancellationToken);
}
