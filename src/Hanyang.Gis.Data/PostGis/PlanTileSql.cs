using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The vector-tile SQL of <see cref="PostGisPlanStore"/>: one ST_AsMVT query per layer. Rows are found by
/// the GiST index (<c>geom &amp;&amp;</c> the buffered tile envelope transformed to EPSG:4547), simplified in
/// ground metres with ST_SimplifyPreserveTopology, transformed to EPSG:3857 and clipped by ST_AsMVTGeom.
/// The columns (<see cref="PostGisLayers"/>) are renamed to the properties of the OGC API items. Parameters: @z, @x, @y, @margin (buffer ÷
/// extent), @tolerance (metres), @layer (the MVT layer name).
/// </summary>
internal static class PlanTileSql
{
    /// <summary>The ST_AsMVT query for <paramref name="layer"/>: one bytea column, empty when no row touches the tile.</summary>
    public static string For(PlanLayer layer)
    {
        var table = PostGisLayers.Of(layer);
        return Query(table.Table, table.IdColumn, table.TileColumns, table.Geometry);
    }

    private static string Query(string table, string idColumn, string columns, string geometry) => $"""
        WITH bounds AS (
            SELECT ST_TileEnvelope(@z, @x, @y) AS tile,
                   ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @margin), 4547) AS search)
        SELECT coalesce(ST_AsMVT(t, @layer, 4096, 'geom'), ''::bytea) FROM (
            SELECT ST_AsMVTGeom(ST_Transform(ST_SimplifyPreserveTopology({geometry}, @tolerance), 3857), bounds.tile, 4096, 64, true) AS geom,
                   {columns}
            FROM {table} l, bounds
            WHERE {geometry} && bounds.search
            ORDER BY l.{idColumn} COLLATE "C") AS t
        WHERE t.geom IS NOT NULL
        """;
}
