using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>Migrations from an empty database: every table, geometry(&lt;Type&gt;,4547) columns, a GiST index on each.</summary>
public sealed class PostGisMigrationTests : IAsyncLifetime
{
    private static readonly string[] Tables =
    [
        "belts", "candidate_sites", "communities", "district", "facilities", "imported_features", "imported_layers",
        "plan_targets", "roads", "scenarios", "service_circles", "streets", "water", "zones",
    ];

    private TestDatabase? database;

    private TestDatabase Database => database!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTable()
    {
        var tables = await Database.ColumnAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%' AND tablename <> 'spatial_ref_sys'");

        Assert.Equal(Tables, tables);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_TypesEveryGeometryColumnIn4547()
    {
        var columns = await Database.ColumnAsync("SELECT f_table_name || '.' || f_geometry_column || ':' || type || ':' || srid FROM geometry_columns WHERE f_table_schema = 'public'");

        Assert.Equal(
            [
                "belts.geom:GEOMETRY:4547", "candidate_sites.geom:GEOMETRY:4547", "communities.area_geom:GEOMETRY:4547", "communities.geom:POINT:4547",
                "district.geom:GEOMETRY:4547", "facilities.geom:POINT:4547", "imported_features.geom:GEOMETRY:4547", "roads.geom:LINESTRING:4547", "service_circles.geom:GEOMETRY:4547",
                "streets.geom:GEOMETRY:4547", "water.geom:GEOMETRY:4547", "zones.geom:GEOMETRY:4547",
            ],
            columns);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_PutsAGistIndexOnEveryGeometryColumn()
    {
        var unindexed = await Database.ColumnAsync("""
            SELECT g.f_table_name || '.' || g.f_geometry_column FROM geometry_columns g
            WHERE g.f_table_schema = 'public' AND NOT EXISTS (
              SELECT 1 FROM pg_indexes i WHERE i.tablename = g.f_table_name
                AND i.indexdef LIKE '%USING gist (' || g.f_geometry_column || ')%')
            """);
        var gist = await Database.ColumnAsync("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%USING gist%'");

        Assert.Empty(unindexed);
        Assert.Contains("ix_facilities_geom", gist);
        Assert.Equal(12, gist.Count);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_AddsVersionColumnsToEditableTables()
    {
        var columns = await Database.ColumnAsync("SELECT table_name FROM information_schema.columns WHERE column_name = 'version' AND data_type = 'bigint'");

        Assert.Equal(["candidate_sites", "facilities", "scenarios"], columns);
    }

    [Fact]
    public async Task Migrate_Twice_LeavesNothingPending()
    {
        await PlanDatabase.MigrateAsync(Database.ConnectionString);

        Assert.Empty(await PlanDatabase.ListPendingMigrationsAsync(Database.ConnectionString));
    }

    [Fact]
    public async Task Constructor_EmptyDatabase_DoesNotMigrate()
    {
        await using var empty = await TestDatabase.CreateAsync();

        var store = new PostGisPlanStore(empty.ConnectionString);
        var pending = await PlanDatabase.ListPendingMigrationsAsync(empty.ConnectionString);

        Assert.NotNull(store);
        Assert.Equal(["Initial", "ServiceCircles", "CommunityPopulation"], pending.Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        Assert.Equal(0L, await empty.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'facilities'"));
        await Assert.ThrowsAnyAsync<Exception>(() => store.FindFeatureAsync(PlanLayer.Facilities, "fac-1", CancellationToken.None));
    }
}
