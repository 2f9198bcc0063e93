using System.Text.Json;
using Hanyang.Gis.Data.Tests.Geodata;
using Hanyang.Gis.Data.Tests.PostGis;
using Xunit.Abstractions;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>The db and import verbs against a real PostGIS database of their own.</summary>
public sealed class PostGisCliTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly MiniGeodata data = new();
    private TestDatabase? database;

    private string Connection => database!.ConnectionString;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database!.DisposeAsync();

    public void Dispose() => data.Dispose();

    [Fact]
    public void DbSeed_Twice_TheSecondChangesNothing()
    {
        var status = Hanyang.Run("db", "status", "--connection", Connection);
        Assert.Equal((3, "3 pending: 20261202144653_Initial, 20261202154841_ServiceCircles, 20261207055654_CommunityPopulation"), (status.ExitCode, status.Out.Trim()));
        var migrate = Hanyang.Run("db", "migrate", "--connection", Connection);
        var first = Hanyang.Run("db", "seed", "--connection", Connection, "--geodata", data.Directory);
        var second = Hanyang.Run("db", "seed", "--connection", Connection, "--geodata", data.Directory);

        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.StartsWith("seeded: ", first.Out, StringComparison.Ordinal);
        Assert.StartsWith("already seeded: ", second.Out, StringComparison.Ordinal);
        Assert.Contains("nothing written", second.Out, StringComparison.Ordinal);
        Assert.Equal("up to date", Hanyang.Run("db", "status", "--connection", Connection).Out.Trim());
    }

    [Fact]
    public void DbSeed_BeforeMigrate_SaysToMigrateFirst()
    {
        var (code, _, error) = Hanyang.Run("db", "seed", "--connection", Connection, "--geodata", data.Directory);

        Assert.Equal(1, code);
        Assert.Contains("run `hanyang db migrate` first", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_EmptyDatabase_ExitsOneSayingToMigrateAndSeed() =>
        CliErrorTests.OneLine(Hanyang.Run("coverage", "--kind", "primary-school", "--minutes", "10", "--connection", Connection), 1,
            "hanyang: the plan database is not migrated (relation \"district\" does not exist): run `hanyang db migrate` and then `hanyang db seed`");

    [Fact]
    public void Coverage_MigratedButNotSeeded_ExitsOneSayingToSeed()
    {
        Assert.Equal(0, Hanyang.Run("db", "migrate", "--connection", Connection).ExitCode);

        CliErrorTests.OneLine(Hanyang.Run("coverage", "--kind", "primary-school", "--minutes", "10", "--connection", Connection), 1,
            "hanyang: the plan database is migrated but holds no plan (no district): run `hanyang db seed`");
    }

    [Fact]
    public void Import_FacilitiesCsv_AreSeenByCoverage()
    {
        Seed();
        var csv = Path.Combine(data.Directory, "kindergartens.csv");
        File.WriteAllText(csv, "name,kind,lon,lat,capacity\n新建幼儿园,kindergarten,114.2502,30.5502,270\n");

        var import = Hanyang.Run("import", "--layer", "facilities", "--file", csv, "--crs", "wgs84", "--connection", Connection);
        var coverage = Hanyang.Run("coverage", "--kind", "kindergarten", "--minutes", "5", "--format", "json", "--connection", Connection);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("imported 1 features from kindergartens.csv (wgs84 → EPSG:4547) into facilities", import.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(coverage.Out);
        Assert.Equal(1, json.RootElement.GetProperty("facilities").GetInt32());
        Assert.Equal(5000, json.RootElement.GetProperty("district").GetProperty("covered_population").GetInt64());
    }

    [Fact]
    public async Task Import_KilledMidway_LeavesNoPartialRows()
    {
        // One import runs to the end to time it; the next ones are killed at 35–98 % of that time, when
        // they are reading, checking ids or writing (the early kill makes sure at least one attempt is cut
        // short even when a busy machine made the timed run slow). Whatever the moment, all rows or none.
        Seed();
        var outcomes = await KilledImports.RunAsync(data.Directory, 4_000, [0.35, 0.6, 0.85, 0.95, 0.98], () => database!.ScalarAsync<long>("SELECT count(*) FROM facilities"), "--connection", Connection);

        output.WriteLine(string.Join("; ", outcomes));
    }

    private void Seed()
    {
        Assert.Equal(0, Hanyang.Run("db", "migrate", "--connection", Connection).ExitCode);
        Assert.Equal(0, Hanyang.Run("db", "seed", "--connection", Connection, "--geodata", data.Directory).ExitCode);
    }
}
