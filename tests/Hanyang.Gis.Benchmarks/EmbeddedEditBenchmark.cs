using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// embedded-edit: one facility added to the embedded store (over the bundled plan, in a fresh data directory
/// under the temp directory) after an import of 10 rows and after one of 600,000. The edits alternate between
/// the two stores, so that both meet the same disk (an edit waits for its flush); the figure is the ratio of
/// the medians. An edit appends one record to the journal, so the two should cost about the same. Also prints,
/// for information, the imports and what the server does after a POST: reading the item back, which merges
/// every facility again. Last line embedded_edit_600k_vs_10=&lt;median after 600k ÷ median after 10&gt;.
/// </summary>
internal static class EmbeddedEditBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly int[] ImportedRows = [10, 600_000];

    public static async Task<int> RunAsync(int edits)
    {
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory() ?? throw new InvalidOperationException("geodata/hanyang not found"));
        var directories = ImportedRows.Select(rows => (Rows: rows, Directory: Path.Combine(Path.GetTempPath(), $"hanyang-bench-edit-{rows}-{Guid.NewGuid():N}"))).ToArray();
        try
        {
            var stores = new List<EmbeddedPlanStore>();
            foreach (var (rows, directory) in directories)
            {
                var store = new EmbeddedPlanStore(plan, directory);
                var import = Stopwatch.StartNew();
                await store.AddFacilitiesAsync(Enumerable.Range(0, rows).Select(i => Park($"bulk-{i}", i)).ToArray(), CancellationToken.None);
                Console.WriteLine(string.Create(Inv, $"imported {rows:N0} rows in {import.Elapsed.TotalSeconds:0.0} s: edits.json {Bytes(directory, "edits.json") / 1e6:0.0} MB"));
                for (var i = 0; i < 5; i++)
                {
                    await store.AddFacilityAsync(Park($"warm-{i}", i), CancellationToken.None); // JIT
                }

                stores.Add(store);
            }

            var times = stores.Select(_ => new List<double>()).ToArray();
            for (var i = 0; i < edits; i++)
            {
                for (var s = 0; s < stores.Count; s++)
                {
                    var watch = Stopwatch.StartNew();
                    await stores[s].AddFacilityAsync(Park($"edit-{i}", i), CancellationToken.None);
                    times[s].Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            var medians = new double[stores.Count];
            for (var s = 0; s < stores.Count; s++)
            {
                var readBack = Stopwatch.StartNew();
                await stores[s].FindFeatureAsync(Domain.Stores.PlanLayer.Facilities, $"edit-{edits - 1}", CancellationToken.None);
                readBack.Stop();
                medians[s] = times[s].Order().ElementAt(times[s].Count / 2);
                Console.WriteLine(string.Create(Inv, $"after {directories[s].Rows:N0} rows: one edit median {medians[s]:0.00} ms (min {times[s].Min():0.00}, max {times[s].Max():0.00}) over {edits}; edits.json {Bytes(directories[s].Directory, "edits.json") / 1e6:0.0} MB, edits.journal {Bytes(directories[s].Directory, "edits.journal"):N0} bytes; reading the item back after the edits {readBack.Elapsed.TotalMilliseconds:0} ms"));
            }

            Console.WriteLine(string.Create(Inv, $"embedded_edit_600k_vs_10={medians[1] / medians[0]:0.00}"));
            return 0;
        }
        finally
        {
            foreach (var (_, directory) in directories.Where(d => Directory.Exists(d.Directory)))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static long Bytes(string directory, string file) => new FileInfo(Path.Combine(directory, file)) is { Exists: true } info ? info.Length : 0;

    /// <summary>A park on a 10 m grid over the district's middle (EPSG:4547).</summary>
    private static Facility Park(string id, int i) => new(
        new FacilityId(id), FacilityKind.Park, "公园" + id, null, null, BuildStatus.Planned, false, null, null,
        GeometryFactories.Internal.CreatePoint(new Coordinate(515000 + (i % 1000 * 10), 3375000 + (i / 1000 * 10))),
        new Provenance(Accuracy.Synthetic, "embedded-edit benchmark"));
}
