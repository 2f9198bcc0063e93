using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Whether the database can serve the plan: it answers and accepts the login, every migration is applied
/// and the plan is seeded (the district row exists). Reads that need the plan throw
/// <see cref="StoreNotReadyException"/> with the same remedies instead of an SQL error.
/// </summary>
public sealed partial class PostGisPlanStore
{
    private const string SeedFirst = "the plan database is migrated but holds no plan (no district): run `hanyang db seed` with the same connection string to load geodata/hanyang";

    /// <inheritdoc />
    public async Task<StoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        try
        {
            var db = Open();
            await using (db.ConfigureAwait(false))
            {
                // Opened first: EF Core reads "no such database" as "nothing migrated", which would hide the real problem.
                await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
                if (pending.Count > 0)
                {
                    return StoreReadiness.NotReady(NotReadyReason.NotMigrated,
                        $"the plan database is not migrated ({pending.Count} pending: {string.Join(", ", pending)}): run `hanyang db migrate` and then `hanyang db seed`, with the same connection string");
                }

                return await db.District.AnyAsync(cancellationToken).ConfigureAwait(false)
                    ? StoreReadiness.Ready
                    : StoreReadiness.NotReady(NotReadyReason.NotSeeded, SeedFirst);
            }
        }
        catch (Exception e) when (PostGisFailures.Classify(e) is { } reason)
        {
            return StoreReadiness.NotReady(reason, PostGisFailures.Describe(e, connectionString, "the connection string")!);
        }
    }

    /// <summary>
    /// The district row, or null when the plan was never seeded. The first migration creates every plan table,
    /// so a missing district table means nothing was migrated: <see cref="StoreNotReadyException"/>.
    /// </summary>
    private static async Task<DistrictRow?> FindDistrictRowAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.District.AsNoTracking().OrderBy(r => r.Code).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (IsMissingTable(e))
        {
            throw NotMigrated(e);
        }
    }

    /// <summary>A read found a table missing (42P01): the database was never migrated.</summary>
    private static bool IsMissingTable(PostgresException e) => e.SqlState == PostgresErrorCodes.UndefinedTable;

    private static StoreNotReadyException NotMigrated(PostgresException e) =>
        new(NotReadyReason.NotMigrated, $"the plan database is not migrated ({e.MessageText}): run `hanyang db migrate` and then `hanyang db seed`, with the same connection string", e);

    private static StoreNotReadyException NotSeeded() => new(NotReadyReason.NotSeeded, SeedFirst);
}
