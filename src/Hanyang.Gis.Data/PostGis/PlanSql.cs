using NetTopologySuite.Geometries;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The spatial SQL of <see cref="PostGisPlanStore"/>, written out so that each query is exactly what
/// the GiST indexes serve (tests EXPLAIN these very texts): bounding boxes with <c>&amp;&amp;</c> and
/// ST_Intersects on ST_MakeEnvelope, nearest-N by the KNN operator <c>&lt;-&gt;</c>, radius by ST_DWithin.
/// Ids sort with COLLATE "C" so every server orders them as the embedded store does (ordinal).
/// Parameters are created fresh per command: an Npgsql parameter belongs to one command only.
/// </summary>
internal static class PlanSql
{
    private const string QueryPoint = "ST_SetSRID(ST_MakePoint(@x, @y), 4547)";
    private const string Envelope = "ST_MakeEnvelope(@xmin, @ymin, @xmax, @ymax, 4547)";

    /// <summary>
    /// Facilities of @kind nearest to (@x, @y), at most @count, nearest first. The distance must be the
    /// only sort key: with a tie-break (", id") PostgreSQL no longer walks the index in distance order
    /// but sorts the whole table, so ties are broken by id in the store, after the query.
    /// </summary>
    public const string NearestFacilities =
        $"SELECT * FROM {PlanTables.Facilities} WHERE kind = @kind ORDER BY geom <-> {QueryPoint} LIMIT @count";

    /// <summary>Facilities within @radius metres of (@x, @y); the store orders them.</summary>
    public const string FacilitiesWithin =
        $"SELECT * FROM {PlanTables.Facilities} WHERE ST_DWithin(geom, {QueryPoint}, @radius)";

    /// <summary>Facilities of @kind within @radius metres of (@x, @y); the store orders them.</summary>
    public const string FacilitiesOfKindWithin =
        $"SELECT * FROM {PlanTables.Facilities} WHERE ST_DWithin(geom, {QueryPoint}, @radius) AND kind = @kind";

    /// <summary>Communities whose point intersects zone @zone, by code.</summary>
    public const string CommunitiesInZone =
        $"SELECT c.* FROM {PlanTables.Communities} c JOIN {PlanTables.Zones} z ON ST_Intersects(z.geom, c.geom) WHERE z.id = @zone ORDER BY c.code COLLATE \"C\"";

    /// <summary>
    /// One page of <paramref name="table"/> (keyed by <paramref name="idColumn"/>), within @xmin…@ymax when <paramref name="bbox"/>,
    /// where each column of <paramref name="equals"/> (queryable names, never user text) equals its parameter @w0, @w1, ….
    /// </summary>
    public static string Page(string table, string idColumn, bool bbox, IReadOnlyList<string>? equals = null, string geometry = "geom") =>
        $"SELECT * FROM {table}{Filter(bbox, equals, geometry)} ORDER BY {idColumn} COLLATE \"C\" OFFSET @offset LIMIT @limit";

    /// <summary>How many rows of <paramref name="table"/> match, as a column named Value (for SqlQueryRaw).</summary>
    public static string Count(string table, bool bbox, IReadOnlyList<string>? equals = null, string geometry = "geom") =>
        $"SELECT count(*) AS \"Value\" FROM {table}{Filter(bbox, equals, geometry)}";

    /// <summary>The parameters @w0, @w1, … of the equality conditions, in order.</summary>
    public static NpgsqlParameter[] Where(IReadOnlyList<KeyValuePair<string, string>> conditions) =>
        [.. conditions.Select((c, i) => new NpgsqlParameter($"w{i}", c.Value))];

    /// <summary>The geometry a community is served with: its area when it has one, else its point.</summary>
    public const string CommunityGeometry = "coalesce(area_geom, geom)";

    private static string Filter(bool bbox, IReadOnlyList<string>? equals, string geometry)
    {
        var parts = new List<string>();
        if (bbox)
        {
            parts.Add($"{geometry} && {Envelope} AND ST_Intersects({geometry}, {Envelope})");
        }

        parts.AddRange((equals ?? []).Select((column, i) => $"\"{column}\" = @w{i}"));
        return parts.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", parts);
    }

    public static NpgsqlParameter[] Point(Point point, params NpgsqlParameter[] more) =>
        [new("x", point.X), new("y", point.Y), .. more];

    public static NpgsqlParameter[] Bbox(Envelope? bbox, params NpgsqlParameter[] more) => bbox is null
        ? more
        : [new("xmin", bbox.MinX), new("ymin", bbox.MinY), new("xmax", bbox.MaxX), new("ymax", bbox.MaxY), .. more];
}
