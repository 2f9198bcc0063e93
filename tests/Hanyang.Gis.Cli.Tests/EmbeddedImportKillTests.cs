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
        var outcomes = await KilledImports.RunAsync(data.Directory, 20_000, [0.35, 0.5, 0.8, 0.9, 0.97], () => Task.FromResult((long)Count()), "--geodata", data.Directory, "--data-dir", store);

        output.WriteLine(string.Join("; ", outcomes));
    }

    // A new store instance reads edits.json and edits.journal from disk, as the next process would; it fails if either is damaged.
    private int Count() => new EmbeddedPlanStore(GeodataLoader.Load(data.Directory), store).GetPlanAsync(CancellationToken.None).Result.Facilities.Count;
}
