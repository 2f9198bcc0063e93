using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Tiles;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Vector tiles straight from PostGIS (ST_AsMVT, see <see cref="PlanTileSql"/>).</summary>
public sealed partial class PostGisPlanStore : IVectorTileSource
{
    /// <inheritdoc />
    public async Task<byte[]> GetVectorTileAsync(PlanLayer layer, TileCoordinate tile, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand(PlanTileSql.For(layer), connection);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("z", tile.Zoom);
                command.Parameters.AddWithValue("x", tile.X);
                command.Parameters.AddWithValue("y", tile.Y);
                command.Parameters.AddWithValue("margin", (double)TileCoordinate.Buffer / TileCoordinate.Extent);
                command.Parameters.AddWithValue("tolerance", tile.SimplifyToleranceMeters);
                command.Parameters.AddWithValue("layer", Identifiers.Of(layer));
                try
                {
                    return (byte[])(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }
                catch (PostgresException e) when (IsMissingTable(e))
                {
                    throw NotMigrated(e);
                }
            }
        }
    }
}
