using System.Net;
using System.Text.Json;

namespace Hanyang.Gis.Server.Tests;

/// <summary>The server an operator has configured: tighter limits, one siting solve at a time, a public URL for links.</summary>
public sealed class RunningServerWithLimits : RunningServer
{
    public const string PublicUrl = "https://gis.example.org/hanyang";

    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var settings = await base.SettingsAsync();
        settings["Limits__MaxMinutes"] = "30";
        settings["Limits__MaxConcurrentSiting"] = "1";
        settings["Limits__RetryAfterSeconds"] = "7";
        settings["Server__PublicUrl"] = PublicUrl;
        return settings;
    }
}

/// <summary>What an operator's limits do: budgets beyond them are named 400s, a busy siting solver answers 429, links use the public URL.</summary>
public sealed class LimitsApiTests(RunningServerWithLimits server) : IClassFixture<RunningServerWithLimits>
{
    [Fact]
    public async Task Minutes_BeyondTheConfiguredLimit_400NamingTheLimit()
    {
        var (status, body, _) = await server.GetAsync("api/coverage?kind=primary-school&minutes=45");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("minutes '45': out of range; give a travel-time budget in minutes, more than 0 and at most 30", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Siting_ThreeAtOnce_OneSolvesOneWaitsOneGets429WithRetryAfter_AndReadsStillAnswer()
    {
        // A capacitated exact solve over a 300 m lattice by car runs for its whole time limit (5 s) and more,
        // so the three overlap whatever the order they arrive in: one runs, one waits, one is turned away.
        const string Heavy = "api/siting?kind=primary-school&count=100&solver=exact&timeLimit=5&candidates=grid:300&mode=drive&minutes=30&capacitated=true";
        var calls = new List<Task<HttpResponseMessage>>();
        for (var i = 0; i < 3; i++)
        {
            calls.Add(server.Client.GetAsync(new Uri(server.BaseAddress, Heavy)));
            await Task.Delay(200);
        }

        var (health, _, _) = await server.GetAsync("health");
        var (features, _, _) = await server.GetAsync("ogc/collections/facilities/items?limit=5");
        var responses = await Task.WhenAll(calls);

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal(HttpStatusCode.OK, features);
        var busy = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(7), busy.Headers.RetryAfter?.Delta);
        var detail = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith("siting: 1 siting solve(s) run and one waits", detail, StringComparison.Ordinal);
        Assert.All(responses.Where(r => r != busy), r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{(int)r.StatusCode}"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Links_UseThePublicUrl_NotTheHostHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "ogc/collections/zones/items?limit=1"));
        request.Headers.Host = "attacker.example";

        using var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var self = JsonDocument.Parse(body).RootElement.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == "self");
        Assert.StartsWith(RunningServerWithLimits.PublicUrl + "/ogc/collections/zones/items?", self.GetProperty("href").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
    }
}
