using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Tiles;
using Npgsql;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// Load on the HTTP server over PostGIS: C concurrent clients for N seconds of vector tiles (roads, zoom 12–15
/// over Hanyang), then N seconds of OGC feature pages (facilities by bbox), then the same tiles' ST_AsMVT
/// query straight through Npgsql with the same concurrency. The server's added time is its tile p50 minus
/// the direct query's p50 (HTTP, routing, ETag hashing).
/// </summary>
internal static class ServerLoadBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Configurations = ["Release", "Debug"];

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 8);
        var cluster = Environment.GetEnvironmentVariable("HANYANG_TEST_POSTGIS") ?? "Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=hanyang";
        var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
        var database = "hanyang_bench_" + Guid.NewGuid().ToString("N")[..8];
        var connection = new NpgsqlConnectionStringBuilder(cluster) { Database = database }.ConnectionString;
        Process? server = null;
        try
        {
            if (url is null)
            {
                await ExecuteAsync(cluster, $"CREATE DATABASE {database}");
                await PlanDatabase.MigrateAsync(connection);
                await PlanDatabase.SeedAsync(connection, GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!));
                (server, url) = await StartServerAsync(connection);
            }
            else
            {
                connection = cluster;
            }

            var tiles = Tiles().ToArray();
            using var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
            await RunAsync("warm-up", 2, concurrency, async i => await GetAsync(http, TilePath(tiles[i % tiles.Length])));
            var tileTimes = await RunAsync("tiles (roads z12–15, HTTP)", seconds, concurrency, async i => await GetAsync(http, TilePath(tiles[i % tiles.Length])));
            var featureTimes = await RunAsync("features (facilities by bbox, HTTP)", seconds, concurrency, async i => await GetAsync(http, FeaturePath(tiles[i % tiles.Length])));
            var sql = PlanTileSql.For(PlanLayer.Roads);
            var directTimes = await RunAsync("ST_AsMVT directly (Npgsql)", seconds, concurrency, async i => await DirectTileAsync(connection, sql, tiles[i % tiles.Length]));
            Console.WriteLine(string.Create(Inv, $"server_added_ms_p50={Percentile(tileTimes, 50) - Percentile(directTimes, 50):0.00} server_added_ms_p99={Percentile(tileTimes, 99) - Percentile(directTimes, 99):0.00}"));
            return 0;
        }
        finally
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            if (args.All(a => a != "--url"))
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(cluster, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    private static async Task<List<double>> RunAsync(string label, int seconds, int concurrency, Func<int, Task> request)
    {
        var times = new ConcurrentBag<double>();
        var counter = -1;
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var i = Interlocked.Increment(ref counter);
                var watch = Stopwatch.StartNew();
                await request(i);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        await Task.WhenAll(workers);
        var list = times.ToList();
        if (label != "warm-up")
        {
            Console.WriteLine(string.Create(Inv, $"{label}: {list.Count / stop.Elapsed.TotalSeconds:0} requests/s over {stop.Elapsed.TotalSeconds:0.0} s with {concurrency} clients, p50 {Percentile(list, 50):0.00} ms, p99 {Percentile(list, 99):0.00} ms"));
        }

        return list;
    }

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task DirectTileAsync(string connectionString, string sql, TileCoordinate tile)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("z", tile.Zoom);
        command.Parameters.AddWithValue("x", tile.X);
        command.Parameters.AddWithValue("y", tile.Y);
        command.Parameters.AddWithValue("margin", (double)TileCoordinate.Buffer / TileCoordinate.Extent);
        command.Parameters.AddWithValue("tolerance", tile.SimplifyToleranceMeters);
        command.Parameters.AddWithValue("layer", "roads");
        _ = (byte[])(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every tile of zoom 12–15 over Hanyang (≈114.02–114.30°E, 30.45–30.62°N).</summary>
    private static IEnumerable<TileCoordinate> Tiles()
    {
        for (var z = 12; z <= 15; z++)
        {
            var (x0, y0) = Column(114.02, 30.62, z);
            var (x1, y1) = Column(114.30, 30.45, z);
            for (var x = x0; x <= x1; x++)
            {
                for (var y = y0; y <= y1; y++)
                {
                    yield return new TileCoordinate(z, x, y);
                }
            }
        }
    }

    private static string TilePath(TileCoordinate t) => $"tiles/roads/{t.Zoom}/{t.X}/{t.Y}.mvt";

    private static string FeaturePath(TileCoordinate t)
    {
        var n = 1 << t.Zoom;
        double Lon(int x) => (x / (double)n * 360) - 180;
        double Lat(int y) => Math.Atan(Math.Sinh(Math.PI * (1 - (2.0 * y / n)))) * 180 / Math.PI;
        return string.Create(Inv, $"ogc/collections/facilities/items?limit=100&bbox={Lon(t.X):0.#####},{Lat(t.Y + 1):0.#####},{Lon(t.X + 1):0.#####},{Lat(t.Y):0.#####}");
    }

    private static (int X, int Y) Column(double lon, double lat, int zoom)
    {
        var n = 1 << zoom;
        var rad = lat * Math.PI / 180;
        return ((int)((lon + 180) / 360 * n), (int)((1 - (Math.Log(Math.Tan(rad) + (1 / Math.Cos(rad))) / Math.PI)) / 2 * n));
    }

    private static Task<(Process Server, string Url)> StartServerAsync(string connection) =>
        StartServerAsync(new Dictionary<string, string> { ["ConnectionStrings__Plan"] = connection }, "PostGIS");

    /// <summary>Starts the built server (Release, else Debug) on a free loopback port with <paramref name="settings"/> as environment variables.</summary>
    internal static async Task<(Process Server, string Url)> StartServerAsync(IReadOnlyDictionary<string, string> settings, string store)
    {
        var root = Path.GetFullPath(Path.Combine(GeodataLoader.FindBundledDirectory()!, "..", ".."));
        var dll = Configurations.Select(c => Path.Combine(root, "src", "Hanyang.Gis.Server", "bin", c, "net10.0", "Hanyang.Gis.Server.dll")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("build the server first: dotnet build src/Hanyang.Gis.Server -c Release");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(url + "/health");
                if (response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"server: {dll} on {url} over {store}");
                    return (process, url);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the server did not answer /health within 30 s");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, Inv)).DefaultIfEmpty(fallback).First();

    private static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
    }
}
