using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Embedded;

/// <summary>The store contract on the embedded store, each test in its own data directory.</summary>
public sealed class EmbeddedPlanStoreContractTests : PlanStoreContract
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-embedded-" + Guid.NewGuid().ToString("N"));
    private PlanDataset? plan;

    protected override Task<IPlanStore> CreateStoreAsync(PlanDataset plan)
    {
        this.plan = plan;
        return Task.FromResult<IPlanStore>(new EmbeddedPlanStore(plan, directory));
    }

    protected override Task<IPlanStore> ReopenStoreAsync() => Task.FromResult<IPlanStore>(new EmbeddedPlanStore(plan!, directory));

    protected override Task DestroyStoreAsync()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
