using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Plan;
using Npgsql;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// A throwaway database (hanyang_test_&lt;guid&gt;) on the PostGIS named by HANYANG_TEST_POSTGIS (default:
/// the project's cluster from scripts/postgis.sh). PostGIS comes from template1. When the server is
/// unreachable the test fails with a message saying how to start it: these tests never skip.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=hanyang";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string Server => Environment.GetEnvironmentVariable("HANYANG_TEST_POSTGIS") is { Length: > 0 } s ? s : DefaultServer;

    /// <summary>Creates an empty database (no tables; the postgis extension from template1).</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "hanyang_test_" + Guid.NewGuid().ToString("N");
        try
        {
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"PostGIS is not reachable at '{Server}' (set HANYANG_TEST_POSTGIS, or run scripts/postgis.sh start): {e.Message}", e);
        }

        return new TestDatabase(name, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    /// <summary>Creates a database, migrates it and, when given, seeds <paramref name="plan"/>.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(PlanDataset? plan = null)
    {
        var database = await CreateAsync();
        await PlanDatabase.MigrateAsync(database.ConnectionString);
        if (plan is not null)
        {
            await PlanDatabase.SeedAsync(database.ConnectionString, plan);
        }

        return database;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The first column of every row, as text, sorted ordinally.</summary>
    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        values.Sort(StringComparer.Ordinal);
        return values;
    }

    /// <summary>
    /// Drops the database. WITH (FORCE) ends sessions the tests left open, but PostgreSQL refuses it (42501)
    /// while an autovacuum worker happens to be in the database, as after a seed; a plain DROP DATABASE
    /// stops autovacuum itself, so the attempts alternate between the two, a few times.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name}{(attempt % 2 == 1 ? " WITH (FORCE)" : string.Empty)}", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}
