using Hanyang.Gis.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Administration of the plan database, run on purpose (the <c>hanyang db migrate</c> and <c>db seed</c>
/// verbs, tests) and never implicitly when a store or server starts.
/// </summary>
public static class PlanDatabase
{
    /// <summary>
    /// Brings the schema up to the latest migration (creating every table and GiST index on an empty
    /// database). The PostGIS extension must exist already or the role must be allowed to create it.
    /// </summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var db = new PlanDbContext(PlanDbContext.Options(connectionString));
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The migrations the database still lacks, oldest first (empty when it is up to date).</summary>
    public static async Task<IReadOnlyList<string>> ListPendingMigrationsAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var db = new PlanDbContext(PlanDbContext.Options(connectionString));
        await using (db.ConfigureAwait(false))
        {
            return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
        }
    }

    /// <summary>
    /// Loads <paramref name="plan"/> (e.g. geodata/) into the tables in one transaction. Idempotent:
    /// rows are matched by id, identical rows are left alone (their versions do not move), changed rows
    /// are refreshed and rows of reference layers the dataset no longer has are deleted. Facilities and
    /// candidate sites that users added or edited since the last seed are never overwritten or deleted.
    /// </summary>
    public static async Task<SeedResult> SeedAsync(string connectionString, PlanDataset plan, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(plan);
        var db = new PlanDbContext(PlanDbContext.Options(connectionString));
        await using (db.ConfigureAwait(false))
        {
            return await PlanSeeder.SeedAsync(db, plan, cancellationToken).ConfigureAwait(false);
        }
    }
}
