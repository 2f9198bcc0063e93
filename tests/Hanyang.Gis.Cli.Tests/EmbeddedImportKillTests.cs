using System.Globalization;
using System.Text;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.Tests.Geodata;
using Xunit.Abstractions;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>An import into the embedded store, killed at several moments, leaves all of its facilities or none.</summary>
public sealed class EmbeddedImportKillTests(ITestOutputHelper output) : IDisposable
{
    private readonly MiniGeodata data = new();
    private readonly string store = Path.Combine(Path.GetTempPath(), "hanyang-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        data.Dispose();
        if (Directory.Exists(store))
        {
            Directory.Delete(store, recursive: true);
        }
    }

    [Fact]
    public async Task Import_KilledMidway_LeavesTheEditsFileWholeAndNoPartialFacilities()
    {
        const int Rows = 20_000;
        var outcomes = new List<string>();
        var fullSeconds = 0.0;
        foreach (var fraction in new[] { 1.0, 0.5, 0.8, 0.9, 0.97 })
        {
            var csv = Path.Combine(data.Directory, $"many-{fraction:0.00}.csv");
            var text = new StringBuilder("id,name,kind,lon,lat\n");
            for (var i = 0; i < Rows; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"bulk-{fraction:0.00}-{i},公园{i},park,{114.21 + (i % 100 * 0.0005)},{30.51 + (i / 100 * 0.0002)}\n");
            }

            File.WriteAllText(csv, text.ToString());
            var before = Count();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var process = Hanyang.Start("import", "--layer", "facilities", "--file", csv, "--crs", "wgs84", "--geodata", data.Directory, "--data-dir", store);
            var killed = false;
            if (fraction < 1.0)
            {
                while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(fullSeconds * fraction))
                {
                    await Task.Delay(2);
                }

                killed = !process.HasExited;
                if (killed)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            await process.WaitForExitAsync();
            if (fraction == 1.0)
            {
                fullSeconds = watch.Elapsed.TotalSeconds;
                Assert.Equal(0, process.ExitCode);
            }

            var added = Count() - before;
            outcomes.Add(string.Create(CultureInfo.InvariantCulture, $"{fraction:P0} of {fullSeconds:0.00} s: {(killed ? "killed" : "finished")}, {added} added"));
            Assert.True(added == 0 || added == Rows, $"{added} of {Rows} facilities were left behind after a kill at {fraction:P0}");
        }

        output.WriteLine(string.Join("; ", outcomes));
        Assert.Contains(outcomes, o => o.Contains("killed", StringComparison.Ordinal));
    }

    // A new store instance reads edits.json from disk, as the next process would; it fails if the file is torn.
    private int Count() => new EmbeddedPlanStore(GeodataLoader.Load(data.Directory), store).GetPlanAsync(CancellationToken.None).Result.Facilities.Count;
}
