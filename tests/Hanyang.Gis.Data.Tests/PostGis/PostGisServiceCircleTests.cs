using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>Stored service circles on PostGIS beyond the shared contract: rows earlier versions left behind, writers in separate stores.</summary>
public sealed class PostGisServiceCircleTests : IAsyncLifetime
{
    private TestDatabase? database;

    private TestDatabase Database => database ?? throw new InvalidOperationException("database not created");

    public async Task InitializeAsync() => database = await TestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ReplaceServiceCircles_AnUnroundedRowUnderTheSameId_IsReplacedNotADuplicateKey()
    {
        // What an earlier version stored for minutes=12.0001: the id rounded, the budget not.
        await InsertLegacyRowAsync("kindergarten/walk-4.5/12/dissolved", 12.0001);
        var store = new PostGisPlanStore(Database.ConnectionString);
        var twelve = new ServiceCircleSetKey(FacilityKind.Kindergarten, "walk-4.5", 12);

        await store.ReplaceServiceCirclesAsync(twelve, [Circle(twelve, "new")], CancellationToken.None);

        Assert.Equal(["kindergarten/walk-4.5/12/dissolved|12|new"], await Database.ColumnAsync("SELECT id || '|' || minutes || '|' || data_version FROM service_circles"));
    }

    [Fact]
    public async Task PruneServiceCircles_AnUnroundedRow_GoesEvenWhenItsBudgetIsKept()
    {
        await InsertLegacyRowAsync("kindergarten/walk-4.5/10/dissolved", 10.0001);

        var pruned = await new PostGisPlanStore(Database.ConnectionString).PruneServiceCirclesAsync(_ => true, CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal(0, await Database.ScalarAsync<long>("SELECT count(*) FROM service_circles"));
    }

    [Fact]
    public async Task ReplaceServiceCircles_SeparateStoresAtOnce_AllSucceedAndOneSetRemains()
    {
        var set = new ServiceCircleSetKey(FacilityKind.Kindergarten, "walk-4.5", 10);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            new PostGisPlanStore(Database.ConnectionString).ReplaceServiceCirclesAsync(set, [Circle(set, $"v{i}")], CancellationToken.None))));

        Assert.Equal(1, await Database.ScalarAsync<long>("SELECT count(*) FROM service_circles"));
    }

    private static StoredServiceCircle Circle(ServiceCircleSetKey set, string version) => new(
        $"{set}/dissolved", set.Kind, set.Mode, set.Minutes, null,
        GeometryFactories.FromWkt("POLYGON ((520000 3380000, 520500 3380000, 520500 3380500, 520000 3380000))", Srid.Internal), 750, version, DateTimeOffset.UtcNow);

    /// <summary>A row as an earlier version stored it: a kindergarten walking circle whose id was rounded but whose budget was not.</summary>
    private Task<long> InsertLegacyRowAsync(string id, double minutes) => Database.ScalarAsync<long>(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
        WITH legacy AS (
            INSERT INTO service_circles (id, kind, mode, minutes, facility_id, geom, reached_meters, data_version, computed_at)
            VALUES ('{id}', 'kindergarten', 'walk-4.5', {minutes}, NULL,
                    ST_GeomFromText('POLYGON ((520000 3380000, 520500 3380000, 520500 3380500, 520000 3380000))', 4547), 10, 'old', now())
            RETURNING 1)
        SELECT count(*) FROM legacy
        """));
}
