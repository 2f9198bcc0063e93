using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The vector-tile SQL of <see cref="PostGisPlanStore"/>: one ST_AsMVT query per layer. Rows are found by
/// the GiST index (<c>geom &amp;&amp;</c> the buffered tile envelope transformed to EPSG:4547), simplified in
/// ground metres with ST_SimplifyPreserveTopology, transformed to EPSG:3857 and clipped by ST_AsMVTGeom.
/// The columns are renamed to the properties of the OGC API items (<see cref="PlanFeatures"/>); array
/// columns are joined with commas, as MVT has no array values. Parameters: @z, @x, @y, @margin (buffer ÷
/// extent), @tolerance (metres), @layer (the MVT layer name).
/// </summary>
internal static class PlanTileSql
{
    private const string Provenance = "accuracy, source";

    /// <summary>The ST_AsMVT query for <paramref name="layer"/>: one bytea column, empty when no row touches the tile.</summary>
    public static string For(PlanLayer layer) => layer switch
    {
        PlanLayer.District => Query(PlanTables.District, "code", $"code AS id, name, code AS adcode, {Provenance}"),
        PlanLayer.Streets => Query(PlanTables.Streets, "code", $"code AS id, code, name, {Provenance}"),
        PlanLayer.Communities => Query(
            PlanTables.Communities,
            "code",
            $"code AS id, code, name, street_code, population, households, population_source, population_year, array_to_string(population_age_groups, ',') AS age_groups, {Provenance}",
            "coalesce(l.area_geom, l.geom)"),
        PlanLayer.Water => Query(PlanTables.Water, "id", $"id, name, kind, {Provenance}"),
        PlanLayer.Zones => Query(PlanTables.Zones, "id", $"id, name, array_to_string(parts, ',') AS parts, {Provenance}"),
        PlanLayer.Belts => Query(PlanTables.Belts, "id", $"id, name, river, array_to_string(parts, ',') AS parts, {Provenance}"),
        PlanLayer.Roads => Query(PlanTables.Roads, "id", $"id, name, \"class\", skeleton, skeleton_also, oneway, bridge, tunnel, \"layer\", walkable, status, {Provenance}"),
        PlanLayer.Facilities => Query(PlanTables.Facilities, "id", $"id, kind, name, capacity, capacity_unit, status, named_in_plan, medical_circle, street_code, {Provenance}"),
        PlanLayer.CandidateSites => Query(PlanTables.CandidateSites, "id", $"id, name, array_to_string(suitable_kinds, ',') AS suitable_kinds, shortage_area, area_m2, {Provenance}"),
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };

    private static string Query(string table, string idColumn, string columns, string geometry = "l.geom") => $"""
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
