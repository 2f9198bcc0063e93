using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Tests.Stores;

namespace Hanyang.Gis.Data.Tests.Embedded;

/// <summary>Stored service circles in the embedded store beyond the shared contract: files earlier versions left behind.</summary>
public sealed class EmbeddedServiceCircleTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-embedded-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task PruneServiceCircles_FilesNotNamedAsACanonicalSet_GoEvenWhenEverySetIsKept()
    {
        var store = new EmbeddedPlanStore(ContractPlan.Create(), directory);
        var circles = Directory.CreateDirectory(Path.Combine(directory, "circles")).FullName;
        // An earlier version named files by the budget to three decimals; a file of no set at all.
        foreach (var name in new[] { "kindergarten_walk-4.5_12.35.json", "kindergarten_walk-4.5_10.json", "school_walk_10.json", "notes.json" })
        {
            await File.WriteAllTextAsync(Path.Combine(circles, name), "[]");
        }

        var pruned = await store.PruneServiceCirclesAsync(_ => true, CancellationToken.None);

        Assert.Equal(3, pruned);
        Assert.Equal(["kindergarten_walk-4.5_10.json"], Directory.EnumerateFiles(circles).Select(Path.GetFileName));
    }
}
