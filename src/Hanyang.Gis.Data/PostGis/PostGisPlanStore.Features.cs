using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Feature queries by layer: pages by bounding box, and one by id.</summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, int offset, int limit, CancellationToken cancellationToken) =>
        ListFeaturesAsync(layer, bbox, PlanQueryables.None, offset, limit, cancellationToken);

    /// <inheritdoc />
    public async Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, IReadOnlyDictionary<string, string> where, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        PlanQueryables.Check(layer, where);
        var conditions = where.OrderBy(w => w.Key, StringComparer.Ordinal).ToArray();
        var columns = conditions.Select(w => w.Key).ToArray(); // queryables only: safe to name in SQL
        var table = PostGisLayers.Of(layer);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            try
            {
                var features = await table.ListAsync(
                    db,
                    PlanSql.Page(table.Table, table.IdColumn, bbox is not null, columns, table.Geometry),
                    PlanSql.Bbox(bbox, [.. PlanSql.Where(conditions), new NpgsqlParameter("offset", offset), new NpgsqlParameter("limit", limit)]),
                    cancellationToken).ConfigureAwait(false);
                var counts = await db.Database
                    .SqlQueryRaw<long>(PlanSql.Count(table.Table, bbox is not null, columns, table.Geometry), PlanSql.Bbox(bbox, PlanSql.Where(conditions)))
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
                return new FeaturePage(features, counts[0], offset);
            }
            catch (PostgresException e) when (IsMissingTable(e))
            {
                throw NotMigrated(e);
            }
        }
    }

    /// <inheritdoc />
    public async Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var table = PostGisLayers.Of(layer);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            try
            {
                return await table.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (IsMissingTable(e))
            {
                throw NotMigrated(e);
            }
        }
    }
}
