namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>A class fixture: one database migrated and seeded with <see cref="SmallPlan"/>, for tests that only read.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private TestDatabase? database;

    public string ConnectionString => database!.ConnectionString;

    internal TestDatabase Database => database!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateMigratedAsync(SmallPlan.Create());

    public async Task DisposeAsync() => await database!.DisposeAsync();
}
