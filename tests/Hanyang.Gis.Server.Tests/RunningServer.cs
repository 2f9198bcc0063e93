using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hanyang.Gis.Data.Geodata;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// The real server, started as its own process on a free loopback port over the bundled geodata with a
/// throwaway data directory — the way a planner runs it. Shared by the tests of a class. Subclasses put
/// it on another store (<see cref="RunningPostGisServer"/>) or give it settings (an operator token).
/// </summary>
public class RunningServer : IAsyncLifetime
{
    /// <summary>The bearer token the test servers are configured with (<c>Auth__Token</c>).</summary>
    public const string Token = "test-token-0123456789";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "hanyang-server-" + Guid.NewGuid().ToString("N"));
    private Process? process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The server's data directory (Data:Directory): where the embedded store keeps what it writes.</summary>
    public string DataDirectory => dataDirectory;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>"embedded" or "postgis": the store kind /health should report.</summary>
    public virtual string StoreKind => "embedded";

    /// <summary>Lines the server printed (stdout and stderr), for failure messages.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Settings (environment variables) for the server process; null removes one.</summary>
    protected virtual Task<Dictionary<string, string?>> SettingsAsync() =>
        Task.FromResult(new Dictionary<string, string?> { ["ConnectionStrings__Plan"] = null, ["Auth__Token"] = Token });

    public virtual async Task InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hanyang.Gis.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["Geodata__Directory"] = GeodataLoader.FindBundledDirectory() ?? throw new InvalidOperationException("geodata/hanyang not found");
        start.Environment["Data__Directory"] = dataDirectory;
        foreach (var (key, value) in await SettingsAsync())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => Output.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {process.ExitCode}: {string.Join('\n', Output)}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri(BaseAddress, "ogc"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the server did not answer within 60 s");
    }

    public virtual Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        Client.Dispose();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    public async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(BaseAddress, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public async Task<byte[]> GetBytesAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(BaseAddress, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Sends <paramref name="request"/> (relative URI), returning status, body, media type and ETag.</summary>
    public async Task<(HttpStatusCode Status, string Body, string? ContentType, string? ETag)> SendAsync(HttpRequestMessage request)
    {
        request.RequestUri = new Uri(BaseAddress, request.RequestUri!.OriginalString);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType, response.Headers.ETag?.Tag);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
