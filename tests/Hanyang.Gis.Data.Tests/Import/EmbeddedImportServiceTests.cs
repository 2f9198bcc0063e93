using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Import;

/// <summary>Imports into the embedded store, each test in its own data directory.</summary>
public sealed class EmbeddedImportServiceTests : ImportServiceTests
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-import-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<IPlanStore> CreateStoreAsync(PlanDataset plan) => Task.FromResult<IPlanStore>(new EmbeddedPlanStore(plan, directory));

    protected override Task DestroyStoreAsync()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
