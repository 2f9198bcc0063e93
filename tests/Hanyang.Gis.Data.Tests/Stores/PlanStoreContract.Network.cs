using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Tiles;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace Hanyang.Gis.Data.Tests.Stores;

/// <summary>Replacing the network layers (roads and water), as an OpenStreetMap import does: all of it or nothing.</summary>
public abstract partial class PlanStoreContract
{
    private static readonly Provenance Osm = new(Accuracy.Reference, "OpenStreetMap extract test.osm.pbf, way 1 (© OpenStreetMap contributors, ODbL 1.0)");

    /// <summary>The zoom-9 tile that holds the whole contract district (about 114.21–114.25°E, 30.54–30.58°N).</summary>
    private static readonly TileCoordinate DistrictTile = new(9, 418, 210);

    [Fact]
    public async Task ReplaceNetwork_ImportedRoadsAndWater_AreTheOnlyOnesInThePlanTheFeaturesAndTheTiles()
    {
        await Store.ReplaceNetworkAsync(ImportedRoads(), [ImportedRiver()], None);

        var plan = await Store.GetPlanAsync(None);
        Assert.Equal(["osm-way-1-0", "osm-way-1-1", "osm-way-2-0"], plan.Roads.Select(r => r.Id.Value));
        Assert.Equal(RoadClass.Path, plan.Roads[2].Class);
        Assert.Equal(Osm, plan.Roads[0].Provenance);
        Assert.Equal(["osm-way-9"], plan.Water.Select(w => w.Id));
        Assert.Equal(5, plan.Facilities.Count);
        var roads = await Store.ListFeaturesAsync(PlanLayer.Roads, null, 0, 100, None);
        Assert.Equal(["osm-way-1-0", "osm-way-1-1", "osm-way-2-0"], roads.Features.Select(f => f.Id));
        Assert.Equal(Osm.Source, roads.Features[0].Properties["source"]);
        Assert.Equal("reference", roads.Features[0].Properties["accuracy"]);
        Assert.Null(await Store.FindFeatureAsync(PlanLayer.Roads, "road-1", None));
        Assert.Equal("洋湖", (await Store.FindFeatureAsync(PlanLayer.Water, "osm-way-9", None))!.Properties["name"]);
        Assert.Equal(["osm-way-1-0", "osm-way-1-1", "osm-way-2-0"], await TileIdsAsync(PlanLayer.Roads));
        Assert.Equal(["osm-way-9"], await TileIdsAsync(PlanLayer.Water));
        var reopened = await ReopenStoreAsync();
        Assert.Equal(3, (await reopened.GetPlanAsync(None)).Roads.Count);
    }

    [Fact]
    public async Task ReplaceNetwork_Twice_KeepsOnlyTheSecond()
    {
        await Store.ReplaceNetworkAsync(ImportedRoads(), [ImportedRiver()], None);
        await Store.ReplaceNetworkAsync(ImportedRoads().Take(1).ToArray(), [], None);

        var plan = await Store.GetPlanAsync(None);
        Assert.Equal(["osm-way-1-0"], plan.Roads.Select(r => r.Id.Value));
        Assert.Empty(plan.Water);
    }

    [Fact]
    public async Task ReplaceNetwork_ARoadNotInEpsg4547_WritesNothing()
    {
        var wgs84 = GeometryFactories.Wgs84.CreateLineString([new Coordinate(114.22, 30.55), new Coordinate(114.23, 30.55)]);
        var roads = ImportedRoads().Append(ImportedRoads()[0] with { Id = new RoadId("osm-way-3-0"), Geometry = wgs84 }).ToArray();

        await Assert.ThrowsAnyAsync<GeometryRejectedException>(() => Store.ReplaceNetworkAsync(roads, [ImportedRiver()], None));

        await AssertNetworkUnchangedAsync(Store);
        await AssertNetworkUnchangedAsync(await ReopenStoreAsync());
    }

    [Fact]
    public async Task ReplaceNetwork_ARepeatedId_WritesNothing()
    {
        var roads = ImportedRoads().Append(ImportedRoads()[0]).ToArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplaceNetworkAsync(roads, [ImportedRiver()], None));

        Assert.Contains("'osm-way-1-0'", error.Message, StringComparison.Ordinal);
        await AssertNetworkUnchangedAsync(Store);
    }

    [Fact]
    public async Task ReplaceNetwork_Cancelled_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReplaceNetworkAsync(ImportedRoads(), [ImportedRiver()], cancelled.Token));

        await AssertNetworkUnchangedAsync(Store);
        await AssertNetworkUnchangedAsync(await ReopenStoreAsync());
    }

    private static Road[] ImportedRoads() =>
    [
        OsmRoad("osm-way-1-0", RoadClass.Local, "LINESTRING (520500 3381000, 521500 3381000)"),
        OsmRoad("osm-way-1-1", RoadClass.Local, "LINESTRING (521500 3381000, 522500 3381000)"),
        OsmRoad("osm-way-2-0", RoadClass.Path, "LINESTRING (521500 3381000, 521500 3382500)"),
    ];

    private static Road OsmRoad(string id, RoadClass roadClass, string wkt) =>
        new(new RoadId(id), "测试路", roadClass, null, null, false, false, false, 0, true, BuildStatus.Existing, (LineString)ContractPlan.Wkt(wkt), Osm);

    private static WaterBody ImportedRiver() =>
        new("osm-way-9", "洋湖", WaterKind.Lake, ContractPlan.Wkt("POLYGON ((520200 3383000, 520600 3383000, 520600 3383400, 520200 3383400, 520200 3383000))"), Osm);

    private static async Task AssertNetworkUnchangedAsync(IPlanStore store)
    {
        var plan = await store.GetPlanAsync(None);
        Assert.Equal(["road-1", "road-2"], plan.Roads.Select(r => r.Id.Value));
        Assert.Equal(["lake"], plan.Water.Select(w => w.Id));
        Assert.Equal(["road-1", "road-2"], (await store.ListFeaturesAsync(PlanLayer.Roads, null, 0, 100, None)).Features.Select(f => f.Id));
    }

    private async Task<string[]> TileIdsAsync(PlanLayer layer)
    {
        var bytes = await ((IVectorTileSource)Store).GetVectorTileAsync(layer, DistrictTile, None);
        using var stream = new MemoryStream(bytes);
        var tile = new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(DistrictTile.X, DistrictTile.Y, DistrictTile.Zoom));
        return tile.Layers.SelectMany(l => l.Features).Select(f => (string)f.Attributes["id"]).Order(StringComparer.Ordinal).ToArray();
    }
}
