using System.Net;
using System.Text.Json;

namespace Hanyang.Gis.Server.Tests;

/// <summary>/api/siting against a real server process on the embedded store.</summary>
public abstract class SitingApiTests(RunningServer server)
{
    [Fact]
    public async Task Siting_NinePrimarySchools_GainEqualsAfterMinusBefore()
    {
        var (status, body, _) = await server.GetAsync("api/siting?kind=primary-school&count=9&minutes=10&mode=walk");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("optimal", root.GetProperty("solver").GetProperty("status").GetString());
        var before = root.GetProperty("before").GetProperty("district").GetProperty("covered_population").GetInt64();
        var after = root.GetProperty("after").GetProperty("district").GetProperty("covered_population").GetInt64();
        Assert.True(after > before);
        Assert.Equal(after - before, root.GetProperty("gain_population").GetInt64());
        Assert.Equal(after, (long)root.GetProperty("solver").GetProperty("objective").GetDouble());
        Assert.Equal(9, root.GetProperty("sites").GetProperty("features").GetArrayLength());
        Assert.Equal(9, root.GetProperty("target").GetProperty("target_count").GetInt32());
    }

    [Fact]
    public async Task Siting_ClickedPoint_IsACandidate()
    {
        // One point in 四新 (WGS84) as the only extra candidate, with the plan's sites for kindergartens.
        var (status, body, _) = await server.GetAsync("api/siting?kind=kindergarten&count=2&minutes=5&solver=heuristic&points=114.2135,30.5089");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("candidates").GetInt32() >= 2);
        Assert.Equal(2, json.RootElement.GetProperty("sites").GetProperty("features").GetArrayLength());
    }

    [Theory]
    [InlineData("kind=school", "kind 'school'")]
    [InlineData("kind=primary-school&count=0", "count '0'")]
    [InlineData("kind=primary-school&objective=cheap", "objective 'cheap'")]
    [InlineData("kind=primary-school&candidates=grid:1", "candidates 'grid:1'")]
    [InlineData("kind=primary-school&points=200,30", "points[1] '200,30'")]
    [InlineData("kind=primary-school&points=114.21,30.53;114.9,30.9", "points[2] '114.9,30.9': outside 汉阳区")]
    [InlineData("kind=primary-school&timeLimit=999", "timeLimit '999'")]
    public async Task Siting_BadParameter_400NamingIt(string query, string named)
    {
        var (status, body, _) = await server.GetAsync("api/siting?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Siting_SetCoveringImpossible_422NamingCommunities()
    {
        var (status, body, _) = await server.GetAsync("api/siting?kind=primary-school&objective=min-facilities");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("no candidate site reaches", body, StringComparison.Ordinal);
    }
}

/// <summary>SitingApiTests on the embedded store.</summary>
public sealed class EmbeddedSitingApiTests(RunningServer server) : SitingApiTests(server), IClassFixture<RunningServer>;

/// <summary>SitingApiTests on the real PostGIS store.</summary>
public sealed class PostGisSitingApiTests(RunningPostGisServer server) : SitingApiTests(server), IClassFixture<RunningPostGisServer>;
