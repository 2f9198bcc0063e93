using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using VectorTile = NetTopologySuite.IO.VectorTiles.VectorTile;
using WebTile = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace Hanyang.Gis.Server.Tests;

/// <summary>Vector tiles, decoded by the Mapbox reader and by GDAL, checked against the OGC items of the same store.</summary>
public abstract class TileApiTests(RunningServer server)
{
    // Zoom-14 tile over central Hanyang (钟家村, ≈114.27°E 30.55°N).
    private const int Z = 14;
    private static readonly (int X, int Y) Centre = Column(114.262, 30.552, Z);
    private static readonly string[] LineTypes = ["LineString", "MultiLineString"];

    [Fact]
    public async Task RoadsTile_HoldsEveryRoadOfTheTileWithTheItemsProperties()
    {
        var tile = await DecodeAsync("roads", Z, Centre.X, Centre.Y);
        var items = await ItemsAsync("roads", Bbox(Z, Centre.X, Centre.Y, 0));
        var nearby = await ItemsAsync("roads", Bbox(Z, Centre.X, Centre.Y, 0.05));

        var layer = Assert.Single(tile.Layers);
        Assert.Equal("roads", layer.Name);
        var ids = layer.Features.Select(f => (string)f.Attributes["id"]).ToHashSet();
        Assert.NotEmpty(items);
        Assert.Subset(ids, items.Keys.ToHashSet());
        Assert.Superset(ids, nearby.Keys.ToHashSet());
        foreach (var feature in layer.Features)
        {
            var expected = nearby[(string)feature.Attributes["id"]];
            Assert.Equal(expected.GetProperty("class").GetString(), feature.Attributes["class"]);
            Assert.Equal(expected.GetProperty("accuracy").GetString(), feature.Attributes["accuracy"]);
            Assert.Equal(expected.GetProperty("bridge").GetBoolean(), feature.Attributes["bridge"]);
            Assert.Equal(expected.GetProperty("layer").GetInt64(), Convert.ToInt64(feature.Attributes["layer"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(feature.Geometry.GeometryType, LineTypes);
        }
    }

    [Fact]
    public async Task FacilitiesTile_CarriesKindNameAndAccuracyOfEachFacility()
    {
        var tile = await DecodeAsync("facilities", 12, Centre.X >> 2, Centre.Y >> 2);
        var items = await ItemsAsync("facilities", Bbox(12, Centre.X >> 2, Centre.Y >> 2, 0));

        var layer = Assert.Single(tile.Layers);
        Assert.Equal(items.Keys.Order(StringComparer.Ordinal), layer.Features.Select(f => (string)f.Attributes["id"]).Order(StringComparer.Ordinal));
        foreach (var feature in layer.Features)
        {
            var expected = items[(string)feature.Attributes["id"]];
            Assert.Equal(expected.GetProperty("kind").GetString(), feature.Attributes["kind"]);
            Assert.Equal(expected.GetProperty("name").GetString(), feature.Attributes["name"]);
            Assert.Equal(expected.GetProperty("accuracy").GetString(), feature.Attributes["accuracy"]);
            Assert.Equal("Point", feature.Geometry.GeometryType);
        }
    }

    [Fact]
    public async Task CandidateSitesTile_JoinsSuitableKindsWithCommas()
    {
        var tile = await DecodeAsync("candidate-sites", 10, Centre.X >> 4, Centre.Y >> 4);
        var items = await ItemsAsync("candidate-sites", null);

        var features = Assert.Single(tile.Layers).Features;
        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            var kinds = items[(string)feature.Attributes["id"]].GetProperty("suitable_kinds").EnumerateArray().Select(k => k.GetString());
            Assert.Equal(string.Join(',', kinds), feature.Attributes["suitable_kinds"]);
        }
    }

    [Fact]
    public async Task DistrictTile_AtLowZoom_IsSimplifiedAndSmall()
    {
        var (status, body, _) = await server.GetAsync("ogc/collections/district/items/420105");
        Assert.Equal(HttpStatusCode.OK, status);
        var sourceVertices = CountPositions(JsonDocument.Parse(body).RootElement.GetProperty("geometry").GetProperty("coordinates"));

        var bytes = await server.GetBytesAsync($"tiles/district/8/{Centre.X >> 6}/{Centre.Y >> 6}.mvt");
        var tile = Decode(bytes, 8, Centre.X >> 6, Centre.Y >> 6);

        var feature = Assert.Single(Assert.Single(tile.Layers).Features);
        Assert.Equal("汉阳区", feature.Attributes["name"]);
        Assert.InRange(feature.Geometry.NumPoints, 4, sourceVertices / 4);
        Assert.InRange(bytes.Length, 20, 4_000);
    }

    [Fact]
    public async Task Tile_SentAgainWithItsETag_Answers304()
    {
        var path = $"tiles/zones/{Z - 2}/{Centre.X >> 2}/{Centre.Y >> 2}.mvt";
        var (status, _, type, etag) = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var (revalidated, body, _, sameTag) = await server.SendAsync(again);
        var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"something-else\"");
        var (changed, _, _, _) = await server.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.mapbox-vector-tile", type);
        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated);
        Assert.Empty(body);
        Assert.Equal(etag, sameTag);
        Assert.Equal(HttpStatusCode.OK, changed);
        using var response = await server.Client.GetAsync(new Uri(server.BaseAddress, path));
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Tile_FarFromHanyang_IsAnEmptyResponse()
    {
        var bytes = await server.GetBytesAsync("tiles/roads/14/0/0.mvt");

        Assert.Empty(bytes);
    }

    [Theory]
    [InlineData("tiles/roads/25/0/0.mvt", 400, "z '25' is not a zoom level")]
    [InlineData("tiles/roads/abc/0/0.mvt", 400, "z 'abc'")]
    [InlineData("tiles/roads/3/8/0.mvt", 400, "x '8' is not a tile column at zoom 3: use a whole number 0–7")]
    [InlineData("tiles/roads/3/0/-1.mvt", 400, "y '-1' is not a tile row")]
    [InlineData("tiles/schools/3/0/0.mvt", 404, "there is no collection 'schools'")]
    public async Task BadTileRequests_GetProblemDetailsNamingTheParameter(string path, int expected, string detail)
    {
        var (status, body, type) = await server.GetAsync(path);

        Assert.Equal(expected, (int)status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectionMetadata_LinksItsTiles()
    {
        var (_, body, _) = await server.GetAsync("ogc/collections/roads");

        var link = JsonDocument.Parse(body).RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "tiles");
        Assert.Equal($"{server.BaseAddress}tiles/roads/{{z}}/{{x}}/{{y}}.mvt", link.GetProperty("href").GetString());
        Assert.Equal("application/vnd.mapbox-vector-tile", link.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ogrinfo_DecodesARoadsTileOfTheRunningServer()
    {
        var start = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-ro", "-al", "-q", "-oo", $"X={Centre.X}", "-oo", $"Y={Centre.Y}", "-oo", $"Z={Z}", $"/vsicurl/{server.BaseAddress}tiles/roads/{Z}/{Centre.X}/{Centre.Y}.mvt" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ogrinfo (gdal-bin) is not installed: run scripts/test.sh");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await process.WaitForExitAsync(timeout.Token);
        }

        Assert.True(process.ExitCode == 0, $"ogrinfo failed: {await error}");
        var text = await output;
        Assert.Contains("Layer name: roads", text, StringComparison.Ordinal);
        Assert.Contains("class (String) = ", text, StringComparison.Ordinal);
        Assert.Contains("accuracy (String) = ", text, StringComparison.Ordinal);
        Assert.Contains("LINESTRING (", text, StringComparison.Ordinal);
    }

    private static (int X, int Y) Column(double lon, double lat, int zoom)
    {
        var n = 1 << zoom;
        var x = (int)((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)((1 - (Math.Log(Math.Tan(rad) + (1 / Math.Cos(rad))) / Math.PI)) / 2 * n);
        return (x, y);
    }

    /// <summary>The WGS84 bbox of a tile, shrunk (negative) or grown by <paramref name="grow"/> of its width.</summary>
    private static string Bbox(int zoom, int x, int y, double grow)
    {
        var tile = new WebTile(x, y, zoom);
        var dx = (tile.Right - tile.Left) * grow;
        var dy = (tile.Top - tile.Bottom) * grow;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{tile.Left - dx},{tile.Bottom - dy},{tile.Right + dx},{tile.Top + dy}");
    }

    private async Task<Dictionary<string, JsonElement>> ItemsAsync(string collection, string? bbox)
    {
        var (status, body, _) = await server.GetAsync($"ogc/collections/{collection}/items?limit=10000" + (bbox is null ? string.Empty : $"&bbox={bbox}"));
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonDocument.Parse(body).RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").GetProperty("id").GetString()!, f => f.GetProperty("properties").Clone());
    }

    private async Task<VectorTile> DecodeAsync(string collection, int zoom, int x, int y) =>
        Decode(await server.GetBytesAsync($"tiles/{collection}/{zoom}/{x}/{y}.mvt"), zoom, x, y);

    private static VectorTile Decode(byte[] bytes, int zoom, int x, int y)
    {
        using var stream = new MemoryStream(bytes);
        return new MapboxTileReader().Read(stream, new WebTile(x, y, zoom));
    }

    private static int CountPositions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number ? 1 : coordinates.EnumerateArray().Sum(CountPositions);
}

public sealed class EmbeddedTileApiTests(RunningServer server) : TileApiTests(server), IClassFixture<RunningServer>;

public sealed class PostGisTileApiTests(RunningPostGisServer server) : TileApiTests(server), IClassFixture<RunningPostGisServer>;
