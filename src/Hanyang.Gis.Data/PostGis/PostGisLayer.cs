using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// How one <see cref="PlanLayer"/> lives in PostGIS: its table, its id column, its row type (read through EF Core)
/// and the columns its vector tiles carry. <see cref="PostGisLayers"/> lists them; the store's feature queries
/// and tiles go through here instead of switching on the layer.
/// </summary>
internal abstract class PostGisLayer(PlanLayer layer, string table, string idColumn, string tileColumns, string geometry)
{
    /// <summary>The layer.</summary>
    public PlanLayer Layer { get; } = layer;

    /// <summary>The table (<see cref="PlanTables"/>).</summary>
    public string Table { get; } = table;

    /// <summary>The column features are keyed and ordered by ("code" or "id").</summary>
    public string IdColumn { get; } = idColumn;

    /// <summary>The SELECT list of the tile query: the columns renamed to the OGC API items' properties.</summary>
    public string TileColumns { get; } = tileColumns;

    /// <summary>
    /// The SQL expression of the geometry a feature is served and filtered by: "geom", or for communities their
    /// area when they have one (<see cref="PlanSql.CommunityGeometry"/>). Unqualified: the queries name no alias.
    /// </summary>
    public string Geometry { get; } = geometry;

    /// <summary>The features of the rows <paramref name="sql"/> (a SELECT * over <see cref="Table"/>) returns, in its order.</summary>
    public abstract Task<IReadOnlyList<PlanFeature>> ListAsync(PlanDbContext db, string sql, object[] parameters, CancellationToken cancellationToken);

    /// <summary>The feature whose id is <paramref name="id"/>, or null.</summary>
    public async Task<PlanFeature?> FindAsync(PlanDbContext db, string id, CancellationToken cancellationToken)
    {
        var found = await ListAsync(db, $"SELECT * FROM {Table} WHERE {IdColumn} = @id", [new NpgsqlParameter("id", id)], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }
}

/// <summary>A <see cref="PostGisLayer"/> whose rows are <typeparamref name="TRow"/>.</summary>
internal sealed class PostGisLayer<TRow>(PlanLayer layer, string table, string idColumn, string tileColumns, Func<TRow, PlanFeature> toFeature, string geometry = "geom")
    : PostGisLayer(layer, table, idColumn, tileColumns, geometry)
    where TRow : class
{
    /// <inheritdoc />
    public override async Task<IReadOnlyList<PlanFeature>> ListAsync(PlanDbContext db, string sql, object[] parameters, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TRow>().FromSqlRaw(sql, parameters).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(toFeature).ToList().AsReadOnly();
    }
}
