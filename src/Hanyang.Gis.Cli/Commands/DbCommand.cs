using System.CommandLine;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.PostGis;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// <c>hanyang db migrate|seed|status</c>: the PostGIS schema and the bundled dataset in it. Migrations are
/// applied only by this command, never silently when a server starts.
/// </summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the pending schema migrations to the PostGIS database");
        migrate.Options.Add(PlanSource.Connection);
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            var connection = RequireConnection(parse);
            var pending = await PlanDatabase.ListPendingMigrationsAsync(connection, cancellationToken);
            await PlanDatabase.MigrateAsync(connection, cancellationToken);
            Console.WriteLine(pending.Count == 0 ? "the database is up to date; nothing to apply" : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });

        var status = new Command("status", "List the migrations not yet applied");
        status.Options.Add(PlanSource.Connection);
        status.SetAction(async (parse, cancellationToken) =>
        {
            var pending = await PlanDatabase.ListPendingMigrationsAsync(RequireConnection(parse), cancellationToken);
            Console.WriteLine(pending.Count == 0 ? "up to date" : $"{pending.Count} pending: {string.Join(", ", pending)}");
            return pending.Count == 0 ? 0 : 3;
        });

        var geodata = new Option<DirectoryInfo?>("--geodata") { Description = "the geodata directory to load (default: the bundled geodata/hanyang)" };
        var seed = new Command("seed", "Load geodata/ into PostGIS; running it twice changes nothing, and users' edits are kept") { geodata };
        seed.Options.Add(PlanSource.Connection);
        seed.SetAction(async (parse, cancellationToken) =>
        {
            var connection = RequireConnection(parse);
            var directory = parse.GetValue(geodata)?.FullName ?? GeodataLoader.FindBundledDirectory()
                ?? throw new IOException("the bundled geodata/hanyang directory was not found; pass --geodata");
            var plan = GeodataLoader.Load(directory);
            var pending = await PlanDatabase.ListPendingMigrationsAsync(connection, cancellationToken);
            if (pending.Count > 0)
            {
                throw new InvalidOperationException($"the database has {pending.Count} pending migration(s); run `hanyang db migrate` first");
            }

            var result = await PlanDatabase.SeedAsync(connection, plan, cancellationToken);
            Console.WriteLine(result.ChangedNothing
                ? $"already seeded: {result.Unchanged} rows unchanged, nothing written"
                : $"seeded: {result.Inserted} inserted, {result.Updated} updated, {result.Deleted} deleted, {result.Unchanged} unchanged, {result.KeptEdits} users' edits kept");
            return 0;
        });

        return new Command("db", "The PostGIS database: migrate, seed, status") { migrate, status, seed };
    }

    private static string RequireConnection(ParseResult parse) =>
        PlanSource.ConnectionString(parse)
        ?? throw new UsageException("no PostGIS connection: pass --connection or set ConnectionStrings__Plan (scripts/postgis.sh start prints one)");
}
