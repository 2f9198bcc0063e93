using Hanyang.Gis.Data.PostGis.Rows;
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
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            try
            {
                return layer switch
                {
                    PlanLayer.District => await PageAsync<DistrictRow>(db, PlanTables.District, "code", r => PlanFeatures.From(RowMapping.ToDomain(r))).ConfigureAwait(false),
                    PlanLayer.Streets => await PageAsync<StreetRow>(db, PlanTables.Streets, "code", r => PlanFeatures.From(RowMapping.ToDomain(r))).ConfigureAwait(false),
                    PlanLayer.Communities => await PageAsync<CommunityRow>(db, PlanTables.Communities, "code", r => PlanFeatures.From(RowMapping.ToDomain(r)), PlanSql.CommunityGeometry).ConfigureAwait(false),
                    PlanLayer.Water => await PageAsync<WaterRow>(db, PlanTables.Water, "id", r => PlanFeatures.From(RowMapping.ToDomain(r))).ConfigureAwait(false),
                    PlanLayer.Zones => await PageAsync<ZoneRow>(db, PlanTables.Zones, "id", r => PlanFeatures.From(RowMapping.ToDomain(r))).ConfigureAwait(false),
                    PlanLayer.Belts => await PageAsync<BeltRow>(db, PlanTables.Belts, "id", r => PlanFeatures.From(RowMapping.ToDomain(r))).ConfigureAwait(false),
                    PlanLayer.Roads => await PageAsync<RoadRow>(db, PlanTables.Roads, "id", r => PlanFeatures.From(RowMapping.ToDomain(r))).ConfigureAwait(false),
                    PlanLayer.Facilities => await PageAsync<FacilityRow>(db, PlanTables.Facilities, "id", r => PlanFeatures.From(RowMapping.ToDomain(r), r.Version)).ConfigureAwait(false),
                    PlanLayer.CandidateSites => await PageAsync<CandidateSiteRow>(db, PlanTables.CandidateSites, "id", r => PlanFeatures.From(RowMapping.ToDomain(r), r.Version)).ConfigureAwait(false),
                    _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
                };
            }
            catch (PostgresException e) when (IsMissingTable(e))
            {
                throw NotMigrated(e);
            }
        }

        async Task<FeaturePage> PageAsync<TRow>(PlanDbContext db, string table, string idColumn, Func<TRow, PlanFeature> toFeature, string geometry = "geom")
            where TRow : class
        {
            var rows = await db.Set<TRow>()
                .FromSqlRaw(PlanSql.Page(table, idColumn, bbox is not null, columns, geometry), PlanSql.Bbox(bbox, [.. PlanSql.Where(conditions), new NpgsqlParameter("offset", offset), new NpgsqlParameter("limit", limit)]))
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var counts = await db.Database
                .SqlQueryRaw<long>(PlanSql.Count(table, bbox is not null, columns, geometry), PlanSql.Bbox(bbox, PlanSql.Where(conditions)))
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return new FeaturePage(rows.Select(toFeature).ToList().AsReadOnly(), counts[0], offset);
        }
    }

    /// <inheritdoc />
    public async Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            try
            {
                return layer switch
                {
                    PlanLayer.District => Feature(await Find(db.District.Where(r => r.Code == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Streets => Feature(await Find(db.Streets.Where(r => r.Code == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Communities => Feature(await Find(db.Communities.Where(r => r.Code == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Water => Feature(await Find(db.Water.Where(r => r.Id == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Zones => Feature(await Find(db.Zones.Where(r => r.Id == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Belts => Feature(await Find(db.Belts.Where(r => r.Id == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Roads => Feature(await Find(db.Roads.Where(r => r.Id == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r))),
                    PlanLayer.Facilities => Feature(await Find(db.Facilities.Where(r => r.Id == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r), r.Version)),
                    PlanLayer.CandidateSites => Feature(await Find(db.CandidateSites.Where(r => r.Id == id)).ConfigureAwait(false), r => PlanFeatures.From(RowMapping.ToDomain(r), r.Version)),
                    _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
                };
            }
            catch (PostgresException e) when (IsMissingTable(e))
            {
                throw NotMigrated(e);
            }
        }

        Task<TRow?> Find<TRow>(IQueryable<TRow> rows)
            where TRow : class => rows.AsNoTracking().FirstOrDefaultAsync(cancellationToken);

        static PlanFeature? Feature<TRow>(TRow? row, Func<TRow, PlanFeature> toFeature)
            where TRow : class => row is null ? null : toFeature(row);
    }
}
