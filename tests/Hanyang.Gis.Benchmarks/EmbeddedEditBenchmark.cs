using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Benchmarks;

/// <summary>
/// embedded-edit: one facility added to the embedded store (over the bundled plan, in a fresh data directory
/// under the temp directory) and read back by id, as the server's POST does, after an import of 10 rows and
/// after one of 600,000. The edits alternate between the two stores, so that both meet the same disk (an edit
/// waits for its flush); the figures are the ratios of the medians, of the edit alone and of the edit with its
/// read-back. An edit appends one record to the journal and patches the store's view with it, and the read-back
/// finds the item by id, so both should cost about the same after 600,000 rows as after 10. Also prints, for
/// information, the imports, the first read after each (which builds the view in full) and, after the edits,
/// the whole plan and a first page listed. Last line
/// embedded_edit_600k_vs_10=&lt;ratio&gt; embedded_edit_and_read_600k_vs_10=&lt;ratio&gt;.
/// </summary>
internal static class EmbeddedEditBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly int[] ImportedRows = [10, 600_000];

    public static async Task<int> RunAsync(int edits)
    {
        var none = CancellationToken.None;
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory() ?? throw new InvalidOperationException("geodata/hanyang not found"));
        var directories = ImportedRows.Select(rows => (Rows: rows, Directory: Path.Combine(Path.GetTempPath(), $"hanyang-bench-edit-{rows}-{Guid.NewGuid():N}"))).ToArray();
        try
        {
            var stores = new List<EmbeddedPlanStore>();
            foreach (var (rows, directory) in directories)
            {
                var store = new EmbeddedPlanStore(plan, directory);
                var import = Stopwatch.StartNew();
                await store.AddFacilitiesAsync(Enumerable.Range(0, rows).Select(i => Park($"bulk-{i}", i)).ToArray(), none);
                var imported = import.Elapsed;
                import.Restart();
                await store.FindFeatureAsync(PlanLayer.Facilities, "bulk-0", none);
                Console.WriteLine(string.Create(Inv, $"imported {rows:N0} rows in {imported.TotalSeconds:0.0} s: edits.json {Bytes(directory, "edits.json") / 1e6:0.0} MB; the first read after it, which builds the view, {import.Elapsed.TotalSeconds:0.00} s"));
                for (var i = 0; i < 5; i++)
                {
                    await store.AddFacilityAsync(Park($"warm-{i}", i), none); // JIT
                    await store.FindFeatureAsync(PlanLayer.Facilities, $"warm-{i}", none);
                }

                stores.Add(store);
            }

            var editTimes = stores.Select(_ => new List<double>()).ToArray();
            var editAndReadTimes = stores.Select(_ => new List<double>()).ToArray();
            for (var i = 0; i < edits; i++)
            {
                for (var s = 0; s < stores.Count; s++)
                {
                    var watch = Stopwatch.StartNew();
                    await stores[s].AddFacilityAsync(Park($"edit-{i}", i), none);
                    var edited = watch.Elapsed.TotalMilliseconds;
                    _ = await stores[s].FindFeatureAsync(PlanLayer.Facilities, $"edit-{i}", none) ?? throw new InvalidOperationException($"edit-{i} was not read back");
                    editAndReadTimes[s].Add(watch.Elapsed.TotalMilliseconds);
                    editTimes[s].Add(edited);
                }
            }

            var editMedians = editTimes.Select(Median).ToArray();
            var editAndReadMedians = editAndReadTimes.Select(Median).ToArray();
            for (var s = 0; s < stores.Count; s++)
            {
                var listed = Stopwatch.StartNew();
                var facilities = (await stores[s].GetPlanAsync(none)).Facilities.Count;
                var wholePlan = listed.Elapsed.TotalMilliseconds;
                await stores[s].AddFacilityAsync(Park("after-listing", 0), none);
                listed.Restart();
                await stores[s].ListFeaturesAsync(PlanLayer.Facilities, null, 0, 10, none);
                var firstPage = listed.Elapsed.TotalMilliseconds;
                Console.WriteLine(string.Create(Inv, $"after {directories[s].Rows:N0} rows: one edit median {editMedians[s]:0.00} ms (min {editTimes[s].Min():0.00}, max {editTimes[s].Max():0.00}); one edit and reading the item back median {editAndReadMedians[s]:0.00} ms (min {editAndReadTimes[s].Min():0.00}, max {editAndReadTimes[s].Max():0.00}), over {edits}; edits.json {Bytes(directories[s].Directory, "edits.json") / 1e6:0.0} MB, edits.journal {Bytes(directories[s].Directory, "edits.journal"):N0} bytes; after an edit, the whole plan ({facilities:N0} facilities) listed in {wholePlan:0.0} ms, a first page of 10 in {firstPage:0.0} ms"));
            }

            Console.WriteLine(string.Create(Inv, $"embedded_edit_600k_vs_10={editMedians[1] / editMedians[0]:0.00} embedded_edit_and_read_600k_vs_10={editAndReadMedians[1] / editAndReadMedians[0]:0.00}"));
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

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private static long Bytes(string directory, string file) => new FileInfo(Path.Combine(directory, file)) is { Exists: true } info ? info.Length : 0;

    /// <summary>A park on a 10 m grid over the district's middle (EPSG:4547).</summary>
    private static Facility Park(string id, int i) => new(
        new FacilityId(id), FacilityKind.Park, "公园" + id, null, null, BuildStatus.Planned, false, null, null,
        GeometryFactories.Internal.CreatePoint(new Coordinate(515000 + (i % 1000 * 10), 3375000 + (i / 1000 * 10))),
        new Provenance(Accuracy.Synthetic, "embedded-edit benchmark"));
}
