using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// The server on a PostGIS cluster of its own (port 55499, started and stopped by scripts/postgis.sh —
/// never the shared cluster), so that the test can take the database away and bring it back.
/// </summary>
public sealed class RunningServerOnOwnCluster : RunningPostGisServer
{
    public const string Port = "55499";

    protected override string Cluster => $"Host=127.0.0.1;Port={Port};Database=hanyang;Username=hanyang;Password=hanyang";

    public override async Task InitializeAsync()
    {
        await PostGisAsync("start");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await PostGisAsync("start");
        await base.DisposeAsync();
        await PostGisAsync("stop");
    }

    /// <summary>Runs scripts/postgis.sh with HANYANG_PG_PORT=55499.</summary>
    public static async Task PostGisAsync(string verb)
    {
        var script = Path.Combine(Data.Geodata.GeodataLoader.FindBundledDirectory()!, "..", "..", "scripts", "postgis.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(verb);
        start.Environment["HANYANG_PG_PORT"] = Port;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"postgis.sh {verb} failed: {await output} {await error}");
    }
}

public sealed class DatabaseOutageTests(RunningServerOnOwnCluster server) : IClassFixture<RunningServerOnOwnCluster>
{
    [Fact]
    public async Task PostGisGoingAway_Is503WithAClearMessage_AndTheServerRecoversWhenItReturns()
    {
        var (before, _, _) = await server.GetAsync("ogc/collections/facilities/items?limit=5");
        Assert.Equal(HttpStatusCode.OK, before);

        await RunningServerOnOwnCluster.PostGisAsync("stop");
        var (down, body, type) = await server.GetAsync("ogc/collections/facilities/items?limit=5");
        var (tile, _, _) = await server.GetAsync("tiles/roads/14/13389/6730.mvt");
        var (health, healthBody, _) = await server.GetAsync("health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("the PostGIS plan database does not answer", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tile);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
        Assert.Equal("unavailable", JsonDocument.Parse(healthBody).RootElement.GetProperty("status").GetString());

        await RunningServerOnOwnCluster.PostGisAsync("start");
        Assert.Equal(HttpStatusCode.OK, await RecoveredAsync());
        var (healthAfter, _, _) = await server.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, healthAfter);
    }

    [Fact]
    public async Task Creating_DuringAnOutage_Is503WithRetryAfter_NotAnIdConflict()
    {
        var id = "outage-" + Guid.NewGuid().ToString("N")[..8];
        var site = $$$"""{"type":"Feature","geometry":{"type":"Point","coordinates":[114.201,30.531]},"properties":{"id":"{{{id}}}","name":"停机时的地块","suitable_kinds":["kindergarten"],"shortage_area":"sixin"}}""";
        var scenario = $$"""{"id":"{{id}}","name":"停机时的方案"}""";
        Assert.Equal(HttpStatusCode.OK, await RecoveredAsync());

        await RunningServerOnOwnCluster.PostGisAsync("stop");
        try
        {
            var siteDown = await PostAsync("ogc/collections/candidate-sites/items", site);
            var scenarioDown = await PostAsync("api/scenarios", scenario);

            foreach (var (status, retryAfter, body) in new[] { siteDown, scenarioDown })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
                Assert.NotNull(retryAfter);
                Assert.Contains("the PostGIS plan database does not answer", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            await RunningServerOnOwnCluster.PostGisAsync("start");
        }

        Assert.Equal(HttpStatusCode.OK, await RecoveredAsync());
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("ogc/collections/candidate-sites/items", site)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("ogc/collections/candidate-sites/items", site)).Status);
    }

    /// <summary>Polls for up to 30 s until the server reads from PostGIS again; the last status.</summary>
    private async Task<HttpStatusCode> RecoveredAsync()
    {
        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 60 && recovered != HttpStatusCode.OK; attempt++)
        {
            (recovered, _, _) = await server.GetAsync("ogc/collections/facilities/items?limit=5");
            if (recovered != HttpStatusCode.OK)
            {
                await Task.Delay(500);
            }
        }

        return recovered;
    }

    private async Task<(HttpStatusCode Status, RetryConditionHeaderValue? RetryAfter, string Body)> PostAsync(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, path)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token);
        using var response = await server.Client.SendAsync(request);
        return (response.StatusCode, response.Headers.RetryAfter, await response.Content.ReadAsStringAsync());
    }
}
