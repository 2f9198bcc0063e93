using System.Globalization;
using System.Text;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>
/// Runs a facilities import once to the end to time it, then again killed at given fractions of that
/// time, and checks after each attempt that it left all of its rows or none.
/// </summary>
internal static class KilledImports
{
    public static async Task<IReadOnlyList<string>> RunAsync(string directory, int rows, double[] killAt, Func<Task<long>> countFacilities, params string[] storeArgs)
    {
        var outcomes = new List<string>();
        var fullSeconds = 0.0;
        foreach (var fraction in killAt.Prepend(1.0))
        {
            var csv = Path.Combine(directory, $"many-{fraction:0.00}.csv");
            var text = new StringBuilder("id,name,kind,lon,lat\n");
            for (var i = 0; i < rows; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"bulk-{fraction * 100:000}-{i},公园{i},park,{114.21 + (i % 100 * 0.0005)},{30.51 + (i / 100 * 0.0002)}\n");
            }

            File.WriteAllText(csv, text.ToString());
            var before = await countFacilities();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var process = Hanyang.Start(["import", "--layer", "facilities", "--file", csv, "--crs", "wgs84", .. storeArgs]);
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

            var added = await countFacilities() - before;
            outcomes.Add(string.Create(CultureInfo.InvariantCulture, $"{fraction:P0} of {fullSeconds:0.00} s: {(killed ? "killed" : "finished")}, {added} added"));
            Assert.True(added == 0 || added == rows, $"{added} of {rows} facilities were left behind after a kill at {fraction:P0}");
        }

        Assert.Contains(outcomes, o => o.Contains("killed", StringComparison.Ordinal));
        return outcomes;
    }
}
