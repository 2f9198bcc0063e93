using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Data.Tests.PostGis;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Import;

/// <summary>Imports into PostGIS, each test in its own migrated and seeded database.</summary>
public sealed class PostGisImportServiceTests : ImportServiceTests
{
    private TestDatabase? database;

    protected override async Task<IPlanStore> CreateStoreAsync(PlanDataset plan)
    {
        database = await TestDatabase.CreateMigratedAsync(plan);
        return new PostGisPlanStore(database.ConnectionString);
    }

    protected override async Task DestroyStoreAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
