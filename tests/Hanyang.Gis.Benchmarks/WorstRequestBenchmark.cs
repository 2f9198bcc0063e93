using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Data.Geodata;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// The most expensive requests an anonymous client may make within the server's default limits
/// (<c>Limits:*</c>), run one after another against the server on the embedded store: for each, its time,
/// the server's peak resident memory (VmHWM, reset before each request through /proc/PID/clear_refs) and its
/// resident memory after the answer, and the median /health latency while it runs against idle /health —
/// the server's own baseline, side by side. The last line names the worst.
/// </summary>
internal static class WorstRequestBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Heavy requests the defaults accept: the largest lattices, drive budgets and counts, exact and capacitated.</summary>
    private static readonly string[] Requests =
    [
        "api/siting?kind=primary-school&count=100&solver=exact&timeLimit=60&candidates=grid:300&mode=drive&minutes=60&capacitated=true",
        "api/siting?kind=parking&count=100&solver=exact&timeLimit=60&candidates=grid:400&mode=drive&minutes=8&capacitated=true",
        "api/siting?kind=kindergarten&count=100&objective=p-median&solver=exact&timeLimit=60&candidates=grid:250&mode=walk&minutes=15",
        "api/siting?kind=parking&objective=min-facilities&solver=exact&timeLimit=60&candidates=grid:300&mode=drive&minutes=60",
        "api/medical-circles?profile=peak&minutes=60",
        "api/isochrones?kind=park&mode=drive&minutes=59.9",
    ];

    public static async Task<int> RunAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "hanyang-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var (server, url) = await ServerLoadBenchmark.StartServerAsync(
            new Dictionary<string, string> { ["Geodata__Directory"] = GeodataLoader.FindBundledDirectory()!, ["Data__Directory"] = data }, "the embedded store");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(5) };
            _ = await http.GetStringAsync("api/coverage?kind=primary-school&minutes=10"); // warm-up: plan, network, JIT
            var idle = await HealthTimesAsync(http, TimeSpan.FromSeconds(3), null);
            var idleMedian = Median(idle);
            Console.WriteLine(string.Create(Inv, $"idle: /health median {idleMedian:0.00} ms; resident {Status(server.Id, "VmRSS") / 1024.0:0} MB"));
            (string Request, double Seconds, double PeakMb, double AfterMb, double HealthRatio) worst = default;
            foreach (var request in Requests)
            {
                await File.WriteAllTextAsync($"/proc/{server.Id}/clear_refs", "5"); // resets VmHWM to the current resident size
                var watch = Stopwatch.StartNew();
                var call = http.GetAsync(request);
                var during = await HealthTimesAsync(http, TimeSpan.FromMinutes(5), call);
                using var response = await call;
                var seconds = watch.Elapsed.TotalSeconds;
                var peak = Status(server.Id, "VmHWM") / 1024.0;
                await Task.Delay(1000);
                var after = Status(server.Id, "VmRSS") / 1024.0;
                var ratio = Median(during) / idleMedian;
                Console.WriteLine(string.Create(Inv, $"{(int)response.StatusCode} {seconds:0.0} s, peak {peak:0} MB, after {after:0} MB, /health ×{ratio:0.0} ({Median(during):0.0} ms): {request}"));
                if (!response.IsSuccessStatusCode)
                {
                    Console.WriteLine("  " + await response.Content.ReadAsStringAsync());
                }

                if (peak > worst.PeakMb)
                {
                    worst = (request, seconds, peak, after, ratio);
                }
            }

            Console.WriteLine($"worst: {worst.Request}");
            Console.WriteLine(string.Create(Inv, $"worst_request_seconds={worst.Seconds:0.0} worst_peak_rss_mb={worst.PeakMb:0} rss_after_mb={worst.AfterMb:0} health_during_vs_idle={worst.HealthRatio:0.0}"));
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>/health latencies, one every 100 ms, until <paramref name="until"/> completes (or for <paramref name="span"/> when it is null).</summary>
    private static async Task<List<double>> HealthTimesAsync(HttpClient http, TimeSpan span, Task? until)
    {
        var times = new List<double>();
        var stop = Stopwatch.StartNew();
        while (until is null ? stop.Elapsed < span : !until.IsCompleted && stop.Elapsed < span)
        {
            var watch = Stopwatch.StartNew();
            using (await http.GetAsync("health"))
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            await Task.Delay(100);
        }

        return times.Count > 0 ? times : [0];
    }

    /// <summary>A kB figure of /proc/PID/status (VmRSS, VmHWM).</summary>
    private static long Status(int pid, string key) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => long.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], Inv)).First();

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
