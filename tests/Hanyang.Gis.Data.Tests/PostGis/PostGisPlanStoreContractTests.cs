using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>The shared store contract on PostGIS: each test gets its own database, migrated and seeded.</summary>
public sealed class PostGisPlanStoreContractTests : PlanStoreContract
{
    private TestDatabase? database;

    protected override async Task<IPlanStore> CreateStoreAsync(PlanDataset plan)
    {
        database = await TestDatabase.CreateMigratedAsync(plan);
        return new PostGisPlanStore(database.ConnectionString);
    }

    protected override Task<IPlanStore> ReopenStoreAsync() =>
        Task.FromResult<IPlanStore>(new PostGisPlanStore(database!.ConnectionString));

    protected override async Task DestroyStoreAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
