using System.Net;
using System.Text.Json;
using Npgsql;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// Service circles as requests reach them: one set per canonical budget, computed once however many ask at
/// once, and only standard budgets written to the store. Computations are counted from the server's log.
/// </summary>
public abstract class ServiceCircleCachingTests(RunningServer server)
{
    /// <summary>The server under test.</summary>
    protected RunningServer Server => server;

    /// <summary>The sets the store holds and what they weigh (bytes of files, or rows).</summary>
    protected abstract Task<(int Sets, long Size)> StoredAsync();

    [Fact]
    public async Task Isochrones_TwelveThenTwelvePointZeroZeroZeroOne_BothOkAndTheSameSet()
    {
        var twelve = await server.GetAsync("api/isochrones?kind=kindergarten&minutes=12");
        var almost = await server.GetAsync("api/isochrones?kind=kindergarten&minutes=12.0001");
        var ogc = await server.GetAsync("ogc/collections/service-circles/items?kind=kindergarten&mode=walk&minutes=12.0001");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (twelve.Status, almost.Status, ogc.Status));
        Assert.Equal(twelve.Body, almost.Body);
        var features = JsonDocument.Parse(almost.Body).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Equal(12, f.GetProperty("properties").GetProperty("minutes").GetDouble()));
        Assert.All(features, f => Assert.StartsWith("kindergarten/walk-4.5/12/", f.GetProperty("properties").GetProperty("id").GetString(), StringComparison.Ordinal));
        Assert.Equal(features.Count, JsonDocument.Parse(ogc.Body).RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal(1, await ComputationsAsync("kindergarten/walk-4.5/12"));
    }

    [Theory]
    [InlineData("senior-high-school", "25", "senior-high-school/walk-4.5/25")]
    [InlineData("senior-high-school", "13.3", "senior-high-school/walk-4.5/13.3")]
    public async Task Isochrones_EightParallelFirstRequests_AllOkAndComputedOnce(string kind, string minutes, string set)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => server.GetAsync($"api/isochrones?kind={kind}&minutes={minutes}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(responses.Select(r => r.Body).Distinct());
        Assert.Equal(1, await ComputationsAsync(set));
    }

    [Fact]
    public async Task Isochrones_TwentyOddBudgets_TheStoreDoesNotGrowAndAStandardBudgetIsStoredOnce()
    {
        var before = await StoredAsync();

        foreach (var minutes in Enumerable.Range(0, 20).Select(i => FormattableString.Invariant($"{3.05 + (i * 0.37):0.###}")))
        {
            Assert.Equal(HttpStatusCode.OK, (await server.GetAsync($"api/isochrones?kind=senior-high-school&minutes={minutes}")).Status);
        }

        var afterOdd = await StoredAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("api/isochrones?kind=senior-high-school&minutes=5")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("api/isochrones?kind=senior-high-school&minutes=5.0001")).Status);
        var afterStandard = await StoredAsync();

        Assert.Equal(before, afterOdd);
        Assert.Equal(before.Sets + 1, afterStandard.Sets);
        Assert.Equal(1, await ComputationsAsync("senior-high-school/walk-4.5/5"));
    }

    /// <summary>How many times the server logged computing <paramref name="set"/> (the console logger writes a little later).</summary>
    private async Task<int> ComputationsAsync(string set)
    {
        int Count() => server.Output.Count(line => line.Contains($"Computed service circles {set}:", StringComparison.Ordinal));
        for (var waited = 0; Count() == 0 && waited < 10_000; waited += 100)
        {
            await Task.Delay(100);
        }

        await Task.Delay(300);
        return Count();
    }
}

public sealed class EmbeddedServiceCircleCachingTests(RunningServer server) : ServiceCircleCachingTests(server), IClassFixture<RunningServer>
{
    protected override Task<(int Sets, long Size)> StoredAsync()
    {
        var directory = new DirectoryInfo(Path.Combine(Server.DataDirectory, "circles"));
        var files = directory.Exists ? directory.GetFiles("*.json") : [];
        return Task.FromResult((files.Length, files.Sum(f => f.Length)));
    }
}

public sealed class PostGisServiceCircleCachingTests(RunningPostGisServer server) : ServiceCircleCachingTests(server), IClassFixture<RunningPostGisServer>
{
    protected override async Task<(int Sets, long Size)> StoredAsync()
    {
        await using var connection = new NpgsqlConnection(((RunningPostGisServer)Server).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(DISTINCT (kind, mode, minutes)), count(*) FROM service_circles", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), reader.GetInt64(1));
    }
}
