using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.PostGis;
using Npgsql;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// The real server process on real PostGIS: a throwaway database (hanyang_server_test_&lt;guid&gt;) on the
/// cluster named by HANYANG_TEST_POSTGIS (default: the project's, from scripts/postgis.sh), migrated and
/// seeded with the bundled geodata (unless a subclass prepares it otherwise). When PostGIS is unreachable
/// the fixture fails saying how to start it.
/// </summary>
public class RunningPostGisServer : RunningServer
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=hanyang";

    private readonly string database = "hanyang_server_test_" + Guid.NewGuid().ToString("N");

    public override string StoreKind => "postgis";

    /// <summary>The cluster the database lives on.</summary>
    protected virtual string Cluster => Environment.GetEnvironmentVariable("HANYANG_TEST_POSTGIS") is { Length: > 0 } s ? s : DefaultServer;

    /// <summary>The connection string of the test database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Cluster) { Database = database }.ConnectionString;

    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Cluster);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"PostGIS is not reachable at '{Cluster}' (set HANYANG_TEST_POSTGIS, or run scripts/postgis.sh start): {e.Message}", e);
        }

        await PrepareAsync();
        var settings = await base.SettingsAsync();
        settings["ConnectionStrings__Plan"] = ConnectionString;
        return settings;
    }

    /// <summary>Brings the new, empty database to the state the tests need: migrated and seeded with the bundled geodata.</summary>
    protected virtual async Task PrepareAsync()
    {
        await PlanDatabase.MigrateAsync(ConnectionString);
        await PlanDatabase.SeedAsync(ConnectionString, GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(Cluster);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The cluster is gone (a test stopped its own cluster): there is nothing left to drop.
        }
    }
}
