using Hanyang.Gis.Data.PostGis;
using Npgsql;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// The store's spatial SQL (<see cref="PlanSql"/>, the very texts it runs) is served by the GiST index.
/// On a table this small the planner would rather scan, so each session turns sequential scans off;
/// the plan must then name ix_&lt;table&gt;_geom, which proves the query is index-capable as written.
/// </summary>
public sealed class PostGisExplainTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task NearestFacilities_Explain_UsesTheGistIndexForKnn()
    {
        var plan = await ExplainAsync(PlanSql.NearestFacilities, new("x", 530500.0), new("y", 3370500.0), new("kind", "primary-school"), new("count", 2));

        Assert.Contains("Index Scan using ix_facilities_geom", plan, StringComparison.Ordinal);
        Assert.Contains(plan.Split('\n'), line => line.TrimStart().StartsWith("Order By:", StringComparison.Ordinal) && line.Contains("<->", StringComparison.Ordinal));
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitiesWithin_Explain_UsesTheGistIndex()
    {
        var plan = await ExplainAsync(PlanSql.FacilitiesWithin, new("x", 530500.0), new("y", 3370500.0), new("radius", 400.0));

        Assert.Contains("ix_facilities_geom", plan, StringComparison.Ordinal);
        Assert.Contains("st_dwithin", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitiesOfKindWithin_Explain_UsesTheGistIndex()
    {
        var plan = await ExplainAsync(PlanSql.FacilitiesOfKindWithin, new("x", 530500.0), new("y", 3370500.0), new("radius", 400.0), new("kind", "primary-school"));

        Assert.Contains("ix_facilities_geom", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlanTables.Facilities, "id")]
    [InlineData(PlanTables.Roads, "id")]
    [InlineData(PlanTables.Communities, "code")]
    [InlineData(PlanTables.Streets, "code")]
    public async Task PageWithBbox_Explain_UsesTheGistIndex(string table, string idColumn)
    {
        var plan = await ExplainAsync(PlanSql.Page(table, idColumn, bbox: true),
            new("xmin", 530000.0), new("ymin", 3370000.0), new("xmax", 531000.0), new("ymax", 3371000.0), new("offset", (object)0), new("limit", 10));

        Assert.Contains($"ix_{table}_geom", plan, StringComparison.Ordinal);
        Assert.Contains("&&", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountWithBbox_Explain_UsesTheGistIndex()
    {
        var plan = await ExplainAsync(PlanSql.Count(PlanTables.Facilities, bbox: true), new("xmin", 530000.0), new("ymin", 3370000.0), new("xmax", 531000.0), new("ymax", 3371000.0));

        Assert.Contains("ix_facilities_geom", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunitiesInZone_Explain_UsesTheGistIndexOnCommunities()
    {
        var plan = await ExplainAsync(PlanSql.CommunitiesInZone, new NpgsqlParameter("zone", "qintai"));

        Assert.Contains("ix_communities_geom", plan, StringComparison.Ordinal);
    }

    private async Task<string> ExplainAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection(seeded.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (VERBOSE) " + sql, connection);
        explain.Parameters.AddRange(parameters);
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
