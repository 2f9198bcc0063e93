using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// Every case of <see cref="HostileRequests"/> on each store: the status it must get (never a 500), problem details
/// whose detail names the parameter, JSON path or header at fault, and — for writes — nothing written.
/// </summary>
public abstract class HostileInputTests(RunningServer server)
{
    [Fact]
    public void Suite_HasAtLeast300Cases() => Assert.True(HostileRequests.Count >= 300, $"only {HostileRequests.Count} hostile cases");

    [Theory]
    [MemberData(nameof(HostileRequests.Rows), MemberType = typeof(HostileRequests))]
    public async Task HostileRequest_GetsItsProblem_AndWritesNothing(HostileRequests.HostileCase hostile)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        (long, long, int)? before = hostile.Method == "GET" ? null : await CountsAsync();
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), new Uri(server.BaseAddress, hostile.Path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token);
        if (HostileRequests.IfMatchFor(hostile) is { Length: > 0 } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", version);
        }

        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(hostile.Body));
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }
        }

        using var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == hostile.Status, $"{hostile}: expected {hostile.Status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.True(detail.Contains(hostile.Named, StringComparison.Ordinal), $"{hostile}: the detail does not name '{hostile.Named}': {detail}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        if (before is not null)
        {
            Assert.Equal(before, await CountsAsync());
        }
    }

    /// <summary>How many facilities, candidate sites and scenarios the store holds.</summary>
    private async Task<(long Facilities, long Sites, int Scenarios)> CountsAsync()
    {
        async Task<long> Matched(string collection)
        {
            var (_, body, _) = await server.GetAsync($"ogc/collections/{collection}/items?limit=1");
            return JsonDocument.Parse(body).RootElement.GetProperty("numberMatched").GetInt64();
        }

        var (_, scenarios, _) = await server.GetAsync("api/scenarios");
        return (await Matched("facilities"), await Matched("candidate-sites"), JsonDocument.Parse(scenarios).RootElement.GetProperty("scenarios").GetArrayLength());
    }
}

public sealed class EmbeddedHostileInputTests(RunningServer server) : HostileInputTests(server), IClassFixture<RunningServer>;

public sealed class PostGisHostileInputTests(RunningPostGisServer server) : HostileInputTests(server), IClassFixture<RunningPostGisServer>;
