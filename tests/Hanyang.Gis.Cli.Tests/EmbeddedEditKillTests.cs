using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.Tests.Geodata;
using Xunit.Abstractions;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>
/// hanyang serve on the embedded store, killed (SIGKILL) while clients add and update facilities, keeps
/// every edit it acknowledged: each one is in the journal, flushed, before the answer goes out.
/// </summary>
public sealed class EmbeddedEditKillTests(ITestOutputHelper output) : IDisposable
{
    private const string Token = "kill-test-token-0123456789";
    private const int Clients = 4;
    private readonly MiniGeodata data = new();
    private readonly string store = Path.Combine(Path.GetTempPath(), "hanyang-edit-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        data.Dispose();
        if (Directory.Exists(store))
        {
            Directory.Delete(store, recursive: true);
        }
    }

    [Fact]
    public async Task Edits_ServerKilledWhileClientsWrite_KeepEveryAcknowledgedEdit()
    {
        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var random = new Random(14);
        for (var round = 1; round <= 3; round++)
        {
            var port = FreePort();
            using var server = Hanyang.Start(new Dictionary<string, string> { ["Auth__Token"] = Token }, "serve", "--urls", $"http://127.0.0.1:{port}", "--geodata", data.Directory, "--data-dir", store);
            var log = new ConcurrentQueue<string>();
            server.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
            server.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
            server.BeginOutputReadLine();
            server.BeginErrorReadLine();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            await WaitUntilServingAsync(http, server, log);

            var before = acknowledged.Count;
            var clients = Enumerable.Range(0, Clients).Select(c => WriteUntilKilledAsync(http, $"r{round}-c{c}", acknowledged)).ToArray();
            var killAfter = before + 20 + random.Next(40);
            while (acknowledged.Count < killAfter && clients.All(c => !c.IsCompleted))
            {
                await Task.Delay(1);
            }

            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await Task.WhenAll(clients);

            var found = await FacilitiesAsync();
            var lost = acknowledged.Where(a => !found.TryGetValue(a.Key, out var version) || version < a.Value).Select(a => a.Key).ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: killed after {acknowledged.Count - before} more facilities were acknowledged; {found.Count} facilities in the store; {lost.Length} acknowledged edits lost"));
            Assert.True(acknowledged.Count > before, "no edit was acknowledged before the kill: " + string.Join('\n', log));
            Assert.Empty(lost);
        }
    }

    /// <summary>Adds facilities and updates each once, remembering the version of every acknowledged edit, until the server is gone.</summary>
    private static async Task WriteUntilKilledAsync(HttpClient http, string prefix, ConcurrentDictionary<string, long> acknowledged)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                var id = $"{prefix}-{i}";
                using var created = await http.PostAsync(new Uri("ogc/collections/facilities/items", UriKind.Relative), Body(id, "新建公园"));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                acknowledged[id] = 1;
                using var update = new HttpRequestMessage(HttpMethod.Put, $"ogc/collections/facilities/items/{id}") { Content = Body(id, "新建公园（改）") };
                update.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
                using var updated = await http.SendAsync(update);
                Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
                acknowledged[id] = 2;
            }
        }
        catch (HttpRequestException)
        {
            // the server was killed mid-request: that edit was not acknowledged
        }
    }

    private static StringContent Body(string id, string name) => new(
        $$$"""{"type":"Feature","geometry":{"type":"Point","coordinates":[114.2501,30.5501]},"properties":{"id":"{{{id}}}","kind":"park","name":"{{{name}}}"}}""",
        Encoding.UTF8,
        "application/geo+json");

    private static async Task WaitUntilServingAsync(HttpClient http, System.Diagnostics.Process server, ConcurrentQueue<string> log)
    {
        for (var attempt = 0; attempt < 240 && !server.HasExited; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("ogc", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("hanyang serve did not start: " + string.Join('\n', log));
    }

    /// <summary>The facilities and their versions as the next process would read them.</summary>
    private async Task<Dictionary<string, long>> FacilitiesAsync()
    {
        var reader = new EmbeddedPlanStore(GeodataLoader.Load(data.Directory), store);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var facility in (await reader.GetPlanAsync(CancellationToken.None)).Facilities)
        {
            versions[facility.Id.Value] = (await reader.FindFacilityAsync(facility.Id, CancellationToken.None))!.Version;
        }

        return versions;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
