using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Tiles;
using Npgsql;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// <see cref="PostGisPlanStore.CheckReadinessAsync"/> through a database's life — unreachable, refusing the
/// login, empty, migrated, seeded — and reads that need the plan failing with the same reason.
/// </summary>
public sealed class PostGisReadinessTests
{
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task CheckReadiness_NothingListensOnThePort_IsUnreachableNamingHostAndPort()
    {
        var store = new PostGisPlanStore("Host=127.0.0.1;Port=1;Database=hanyang;Username=hanyang;Password=hanyang;Timeout=5");

        var readiness = await store.CheckReadinessAsync(None);

        Assert.Equal(NotReadyReason.Unreachable, readiness.Reason);
        Assert.StartsWith("cannot reach PostGIS at 127.0.0.1:1 (", readiness.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckReadiness_NoSuchDatabase_IsLoginRefusedNamingTheDatabase()
    {
        var store = new PostGisPlanStore(new NpgsqlConnectionStringBuilder(TestDatabase.Server) { Database = "hanyang_no_such_database" }.ConnectionString);

        var readiness = await store.CheckReadinessAsync(None);

        Assert.Equal(NotReadyReason.LoginRefused, readiness.Reason);
        Assert.Contains("has no database 'hanyang_no_such_database'", readiness.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyDatabase_IsNotMigrated_AndReadsSaySo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new PostGisPlanStore(database.ConnectionString);

        var readiness = await store.CheckReadinessAsync(None);
        var plan = await Assert.ThrowsAsync<StoreNotReadyException>(() => store.GetPlanAsync(None));
        var items = await Assert.ThrowsAsync<StoreNotReadyException>(() => store.ListFeaturesAsync(PlanLayer.Facilities, null, 0, 10, None));
        var item = await Assert.ThrowsAsync<StoreNotReadyException>(() => store.FindFeatureAsync(PlanLayer.District, "420105", None));
        var tile = await Assert.ThrowsAsync<StoreNotReadyException>(() => store.GetVectorTileAsync(PlanLayer.Roads, new TileCoordinate(14, 13389, 6730), None));

        Assert.Equal(NotReadyReason.NotMigrated, readiness.Reason);
        Assert.StartsWith("the plan database is not migrated (3 pending: 20261202144653_Initial, 20261202154841_ServiceCircles, 20261207055654_CommunityPopulation): run `hanyang db migrate` and then `hanyang db seed`", readiness.Problem, StringComparison.Ordinal);
        Assert.All([plan, items, item, tile], e => Assert.Equal(NotReadyReason.NotMigrated, e.Reason));
        Assert.Contains("run `hanyang db migrate`", plan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigratedDatabase_IsNotSeeded_UntilSeeded()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var store = new PostGisPlanStore(database.ConnectionString);

        var readiness = await store.CheckReadinessAsync(None);
        var plan = await Assert.ThrowsAsync<StoreNotReadyException>(() => store.GetPlanAsync(None));
        await PlanDatabase.SeedAsync(database.ConnectionString, SmallPlan.Create());

        Assert.Equal((NotReadyReason.NotSeeded, NotReadyReason.NotSeeded), (readiness.Reason, plan.Reason));
        Assert.Contains("run `hanyang db seed`", readiness.Problem, StringComparison.Ordinal);
        Assert.Equal(StoreReadiness.Ready, await store.CheckReadinessAsync(None));
    }
}
