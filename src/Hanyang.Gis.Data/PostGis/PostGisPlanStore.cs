using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Validation;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The plan in PostGIS, the system of record for a team. Spatial queries run on GiST indexes (see
/// <see cref="PlanSql"/>); edits run in transactions under optimistic concurrency: an edit names the
/// version it was based on and a stale one throws <see cref="EditConflictException"/>, writing nothing.
/// The schema must exist (<see cref="PlanDatabase.MigrateAsync"/>): constructing a store never migrates.
/// Thread-safe: every call uses its own connection from the Npgsql pool. Its Npgsql failures pass through as they
/// are; <see cref="TranslatingPostGisStore"/> (what <see cref="PlanStores.Open"/> returns) turns them into
/// <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed partial class PostGisPlanStore : IPlanStore
{
    private readonly DbContextOptions<PlanDbContext> options;
    private readonly string connectionString;

    /// <summary>A store over the database at <paramref name="connectionString"/> (Npgsql format). Does not connect yet.</summary>
    public PostGisPlanStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options = PlanDbContext.Options(connectionString);
        this.connectionString = connectionString;
    }

    /// <inheritdoc />
    public string Kind => "postgis";

    /// <inheritdoc />
    /// <exception cref="StoreNotReadyException">The database lacks its tables (not migrated) or its district (not seeded).</exception>
    public async Task<PlanDataset> GetPlanAsync(CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var district = await FindDistrictRowAsync(db, cancellationToken).ConfigureAwait(false) ?? throw NotSeeded();
            var streets = await db.Streets.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var communities = await db.Communities.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var water = await db.Water.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var zones = await db.Zones.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var belts = await db.Belts.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var roads = await db.Roads.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var facilities = await db.Facilities.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var sites = await db.CandidateSites.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var targets = await db.PlanTargets.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            return new PlanDataset(
                RowMapping.ToDomain(district),
                Ordered(streets, r => r.Code, RowMapping.ToDomain),
                Ordered(communities, r => r.Code, RowMapping.ToDomain),
                Ordered(water, r => r.Id, RowMapping.ToDomain),
                Ordered(zones, r => r.Id, RowMapping.ToDomain),
                Ordered(belts, r => r.Id, RowMapping.ToDomain),
                Ordered(roads, r => r.Id, RowMapping.ToDomain),
                Ordered(facilities, r => r.Id, RowMapping.ToDomain),
                Ordered(sites, r => r.Id, RowMapping.ToDomain),
                Ordered(targets, r => r.Id, RowMapping.ToDomain));
        }
    }

    private PlanDbContext Open() => new(options);

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Ordered<TRow, T>(List<TRow> rows, Func<TRow, string> id, Func<TRow, T> map) =>
        rows.OrderBy(id, StringComparer.Ordinal).Select(map).ToList().AsReadOnly();

    private static void RequireInternal(Geometry geometry, string subject) => GeometryGuard.RequireSrid(geometry, Srid.Internal, subject);

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Runs a single-row edit with the version as concurrency token; a miss becomes an <see cref="EditConflictException"/>.</summary>
    private static async Task SaveEditAsync(PlanDbContext db, PlanLayer layer, string id, long expectedVersion, Func<Task<long?>> currentVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new EditConflictException(layer, id, expectedVersion, await currentVersion().ConfigureAwait(false));
        }
    }

    private static async Task<long?> VersionOfAsync<TRow>(IQueryable<TRow> rows, CancellationToken cancellationToken)
        where TRow : class, IEditableRow =>
        await rows.AsNoTracking().Select(r => (long?)r.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
}
