using Hanyang.Gis.Data.Tiles;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Tiles;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>Vector tiles of the embedded store, encoded in C# (<see cref="PlanTileEncoder"/>).</summary>
public sealed partial class EmbeddedPlanStore : IVectorTileSource
{
    /// <inheritdoc />
    public Task<byte[]> GetVectorTileAsync(PlanLayer layer, TileCoordinate tile, CancellationToken cancellationToken)
    {
        var search = PlanTileEncoder.SearchEnvelope(tile);
        var features = Page(layer, g => g.EnvelopeInternal.Intersects(search), PlanQueryables.None, 0, int.MaxValue).Features;
        return Task.FromResult(PlanTileEncoder.Encode(Identifiers.Of(layer), features, tile));
    }
}
