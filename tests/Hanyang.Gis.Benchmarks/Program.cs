using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Benchmarks;
using Hanyang.Gis.Network;
using Npgsql;

// Benchmarks (never part of `dotnet test`):
//   grid --nodes N            one 10-minute walking isochrone on a synthetic grid city: median time, graph memory
//   coverage                  every facility kind × {5, 10, 15 min walk, 10 min drive} on the Hanyang dataset, timed
//   vs-pgrouting --nodes N    the same query side by side with pgRouting's pgr_drivingDistance on the same graph
//                             in PostGIS (HANYANG_TEST_POSTGIS or the project's local cluster); last line
//                             speedup_vs_pgrouting=<median pgRouting ÷ median ours>
//   siting-vs-exact           greedy+swap against the exact CP-SAT optimum, 1000 demand × 100 candidates,
//                             p ∈ {5, 10, 20}; last line worst_gap_percent=<x> min_speedup=<y>
//   server-load [--url U] [--seconds N] [--concurrency C]
//                             concurrent vector-tile and feature requests against a server on PostGIS (started here
//                             on a fresh seeded database unless --url names one): requests/s, p50/p99 per kind, and
//                             the server's added time over the same ST_AsMVT query run directly with Npgsql
//   worst-request             the heaviest requests the server's default limits accept, on the embedded store: time,
//                             peak and after-answer resident memory, /health latency during ÷ idle; last line
//                             worst_request_seconds=… worst_peak_rss_mb=… rss_after_mb=… health_during_vs_idle=…
//   embedded-edit [--runs N]  one facility added to the embedded store and read back by id after 10 and after
//                             600,000 imported rows, median of N edits each (101); last line
//                             embedded_edit_600k_vs_10=<600k ÷ 10> embedded_edit_and_read_600k_vs_10=<600k ÷ 10>
var inv = CultureInfo.InvariantCulture;
var verb = args.Length > 0 ? args[0] : "grid";
if (verb == "server-load")
{
    return await ServerLoadBenchmark.RunAsync(args);
}

if (verb == "worst-request")
{
    return await WorstRequestBenchmark.RunAsync();
}

if (verb == "embedded-edit")
{
    return await EmbeddedEditBenchmark.RunAsync(args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, inv)).DefaultIfEmpty(101).First());
}

if (verb == "coverage")
{
    return CoverageBenchmark.Run(args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, inv)).DefaultIfEmpty(15).First());
}

if (verb == "siting-vs-exact")
{
    return SitingBenchmark.Run(1000, 100, [5, 10, 20], heuristicRuns: 21);
}

var nodes = args.SkipWhile(a => a != "--nodes").Skip(1).Select(a => int.Parse(a, inv)).DefaultIfEmpty(100_000).First();
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, inv)).DefaultIfEmpty(15).First();
const double WalkMetersPerSecond = 4.5 / 3.6;
const double BudgetSeconds = 600;

var build = Stopwatch.StartNew();
var city = SyntheticCity.Create(nodes);
var walk = new TravelProfile("walk-4.5", TravelMode.Walk, [WalkMetersPerSecond]);
var costs = city.Graph.ArcSeconds(walk);
var search = new BoundedSearch(city.Graph, costs);
Console.WriteLine(string.Create(inv, $"graph: {city.Graph.VertexCount:N0} vertices, {city.Graph.ArcCount:N0} arcs, {city.Graph.MemoryBytes / (double)city.Graph.VertexCount:0.0} bytes/vertex incl. arcs ({city.Graph.MemoryBytes:N0} bytes), built in {build.ElapsedMilliseconds} ms"));

var random = new Random(42);
var sources = Enumerable.Range(0, runs).Select(_ => random.Next(city.Graph.VertexCount)).ToArray();
_ = search.Run([new SearchSource(new VertexId(sources[0]), 0, 0)], BudgetSeconds); // warm-up (JIT)
var ours = new List<double>();
var oursReached = new List<HashSet<int>>();
foreach (var s in sources)
{
    var watch = Stopwatch.StartNew();
    var reach = search.Run([new SearchSource(new VertexId(s), 0, 0)], BudgetSeconds);
    ours.Add(watch.Elapsed.TotalMilliseconds);
    oursReached.Add(reach.Vertices.Select(v => v.Vertex.Value).ToHashSet());
}

var oursMedian = Median(ours);
Console.WriteLine(string.Create(inv, $"ours: median {oursMedian:0.000} ms over {runs} isochrones, {oursReached.Average(r => r.Count):0} vertices reached on average"));
if (verb == "grid")
{
    return 0;
}

if (verb != "vs-pgrouting")
{
    Console.Error.WriteLine($"unknown verb '{verb}': use grid, coverage, vs-pgrouting, siting-vs-exact, server-load or embedded-edit");
    return 2;
}

var connection = Environment.GetEnvironmentVariable("HANYANG_TEST_POSTGIS") ?? "Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=hanyang";
await using var db = new NpgsqlConnection(connection);
await db.OpenAsync();
var table = $"bench_grid_{nodes}";
await Execute(db, $"DROP TABLE IF EXISTS {table}; CREATE UNLOGGED TABLE {table} (id bigint PRIMARY KEY, source bigint NOT NULL, target bigint NOT NULL, cost double precision NOT NULL, reverse_cost double precision NOT NULL)");
var load = Stopwatch.StartNew();
await using (var writer = await db.BeginBinaryImportAsync($"COPY {table} (id, source, target, cost, reverse_cost) FROM STDIN (FORMAT BINARY)"))
{
    for (var e = 0; e < city.Edges.Length; e++)
    {
        var (from, to, meters) = city.Edges[e];
        // The same arithmetic as RoadGraph.ArcSeconds: float length, divided in double.
        var seconds = (float)meters / WalkMetersPerSecond;
        await writer.StartRowAsync();
        await writer.WriteAsync((long)e + 1);
        await writer.WriteAsync((long)from + 1);
        await writer.WriteAsync((long)to + 1);
        await writer.WriteAsync(seconds);
        await writer.WriteAsync(seconds);
    }

    await writer.CompleteAsync();
}

await Execute(db, $"ANALYZE {table}");
Console.WriteLine(string.Create(inv, $"pgRouting: loaded {city.Edges.Length:N0} edges in {load.ElapsedMilliseconds} ms"));

var theirs = new List<double>();
var sql = $"SELECT node FROM pgr_drivingDistance('SELECT id, source, target, cost, reverse_cost FROM {table}', @start, @budget, directed => true)";
await QueryNodes(db, sql, sources[0] + 1); // warm-up
for (var i = 0; i < sources.Length; i++)
{
    var watch = Stopwatch.StartNew();
    var reached = await QueryNodes(db, sql, sources[i] + 1);
    theirs.Add(watch.Elapsed.TotalMilliseconds);
    if (!reached.SetEquals(oursReached[i]))
    {
        Console.Error.WriteLine($"MISMATCH for source {sources[i]}: pgRouting reached {reached.Count}, ours {oursReached[i].Count}, {reached.Except(oursReached[i]).Count()} only in pgRouting, {oursReached[i].Except(reached).Count()} only in ours");
        return 1;
    }
}

await Execute(db, $"DROP TABLE {table}");
var theirsMedian = Median(theirs);
Console.WriteLine(string.Create(inv, $"pgRouting pgr_drivingDistance: median {theirsMedian:0.000} ms over {runs} isochrones; reached node sets identical in all {runs}"));
Console.WriteLine(string.Create(inv, $"speedup_vs_pgrouting={theirsMedian / oursMedian:0.0}"));
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static async Task Execute(NpgsqlConnection db, string sql)
{
    await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 600 };
    await command.ExecuteNonQueryAsync();
}

static async Task<HashSet<int>> QueryNodes(NpgsqlConnection db, string sql, long start)
{
    await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 600 };
    command.Parameters.AddWithValue("start", start);
    command.Parameters.AddWithValue("budget", BudgetSeconds);
    var nodes = new HashSet<int>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        nodes.Add((int)(reader.GetInt64(0) - 1));
    }

    return nodes;
}
