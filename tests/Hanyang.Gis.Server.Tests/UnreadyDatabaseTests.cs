using System.Net;
using System.Text.Json;
using Hanyang.Gis.Data.PostGis;
using Npgsql;

namespace Hanyang.Gis.Server.Tests;

/// <summary>The server on a database that exists but was never migrated (no tables).</summary>
public sealed class RunningServerOnEmptyDatabase : RunningPostGisServer
{
    protected override Task PrepareAsync() => Task.CompletedTask;
}

/// <summary>The server on a migrated database that was never seeded (tables, no plan).</summary>
public sealed class RunningServerOnUnseededDatabase : RunningPostGisServer
{
    protected override Task PrepareAsync() => PlanDatabase.MigrateAsync(ConnectionString);
}

/// <summary>The server given a wrong password for a seeded database.</summary>
public sealed class RunningServerWithAWrongPassword : RunningPostGisServer
{
    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var settings = await base.SettingsAsync();
        settings["ConnectionStrings__Plan"] = new NpgsqlConnectionStringBuilder(ConnectionString) { Password = "not-the-password" }.ConnectionString;
        return settings;
    }
}

/// <summary>
/// A PostGIS store that cannot serve the plan: /health says why (503, reason and what to do), and requests
/// that need the plan are 503 problems saying what to run — never a 500.
/// </summary>
public abstract class UnreadyDatabaseTests(RunningPostGisServer server, string reason, string remedy)
{
    [Fact]
    public async Task Health_Is503NamingTheReasonAndTheRemedy()
    {
        using var response = await server.Client.GetAsync(new Uri(server.BaseAddress, "health"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("unavailable", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("postgis", json.RootElement.GetProperty("store").GetString());
        Assert.Equal(reason, json.RootElement.GetProperty("reason").GetString());
        Assert.Contains(remedy, json.RootElement.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ogc/collections")]
    [InlineData("ogc/collections/facilities")]
    [InlineData("api/coverage?kind=primary-school&minutes=10")]
    public async Task RequestNeedingThePlan_Is503ProblemSayingWhatToRun(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(server.BaseAddress, path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(remedy, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class EmptyDatabaseTests(RunningServerOnEmptyDatabase server)
    : UnreadyDatabaseTests(server, "not-migrated", "run `hanyang db migrate` and then `hanyang db seed`"), IClassFixture<RunningServerOnEmptyDatabase>
{
    [Fact]
    public async Task ItemsAndTiles_Are503NotMigrated()
    {
        var (items, itemsBody, _) = await server.GetAsync("ogc/collections/facilities/items?limit=5");
        var (tile, _, _) = await server.GetAsync("tiles/roads/14/13389/6730.mvt");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, items);
        Assert.Equal("not-migrated", JsonDocument.Parse(itemsBody).RootElement.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tile);
    }
}

public sealed class UnseededDatabaseTests(RunningServerOnUnseededDatabase server)
    : UnreadyDatabaseTests(server, "not-seeded", "run `hanyang db seed`"), IClassFixture<RunningServerOnUnseededDatabase>;

public sealed class WrongPasswordTests(RunningServerWithAWrongPassword server)
    : UnreadyDatabaseTests(server, "login-refused", "check Username and Password in"), IClassFixture<RunningServerWithAWrongPassword>;
