using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace Hanyang.Gis.Data.Tests.Stores;

/// <summary>Replacing the communities, as a population or area import does: all of them or nothing.</summary>
public abstract partial class PlanStoreContract
{
    private static readonly PopulationSource Census = new("第七次全国人口普查", 2020, [new AgeGroupCount("0-14", 500), new AgeGroupCount("15-59", 3000), new AgeGroupCount("60+", 900)]);

    [Fact]
    public async Task ReplaceCommunities_PopulationsAndAnArea_AreWhatThePlanTheFeaturesAndTheTilesShow()
    {
        var before = await Store.GetPlanAsync(None);
        var area = ContractPlan.Wkt("POLYGON ((520500 3380500, 521500 3380500, 521500 3381500, 520500 3381500, 520500 3380500))");
        var replaced = before.Communities.Select(c => c.Code.Value == "420105001001"
            ? c with { Population = 4400, Area = area, PopulationSource = Census }
            : c with { PopulationSource = Census with { AgeGroups = [] } }).ToArray();

        await Store.ReplaceCommunitiesAsync(replaced, None);

        var plan = await Store.GetPlanAsync(None);
        var first = plan.Communities[0];
        Assert.Equal(4400, first.Population);
        Assert.Equal("第七次全国人口普查", first.PopulationSource!.Source);
        Assert.Equal(2020, first.PopulationSource.Year);
        Assert.Equal(Census.AgeGroups, first.PopulationSource.AgeGroups);
        Assert.True(first.Area!.EqualsExact(area));
        Assert.Empty(plan.Communities[1].PopulationSource!.AgeGroups);
        Assert.Equal(before.Roads.Count, plan.Roads.Count);
        var feature = (await Store.FindFeatureAsync(PlanLayer.Communities, "420105001001", None))!;
        Assert.IsType<Polygon>(feature.Geometry);
        Assert.Equal("第七次全国人口普查", feature.Properties["population_source"]);
        Assert.Equal(2020, feature.Properties["population_year"]);
        Assert.Equal(["0-14:500", "15-59:3000", "60+:900"], (string[])feature.Properties["age_groups"]!);
        Assert.Equal(["420105001001", "420105001002"], (await Store.ListCommunitiesInStreetAsync(new StreetCode("420105001000"), None)).Select(c => c.Code.Value));
        Assert.Equal(4400, (await Store.ListCommunitiesInStreetAsync(new StreetCode("420105001000"), None))[0].Population);
        var touchingOnlyTheArea = new Envelope(520550, 520600, 3380550, 3380600);
        Assert.Equal(["420105001001"], (await Store.ListFeaturesAsync(PlanLayer.Communities, touchingOnlyTheArea, 0, 10, None)).Features.Select(f => f.Id));
        var tile = await CommunityTileAsync();
        var tiled = tile.Single(f => (string)f.Attributes["id"] == "420105001001");
        Assert.Equal("第七次全国人口普查", tiled.Attributes["population_source"]);
        Assert.Equal("0-14:500,15-59:3000,60+:900", tiled.Attributes["age_groups"]);
        Assert.IsType<Polygon>(tiled.Geometry);
        var reopened = await (await ReopenStoreAsync()).GetPlanAsync(None);
        Assert.Equal(4400, reopened.Communities[0].Population);
        Assert.NotNull(reopened.Communities[0].Area);
    }

    [Fact]
    public async Task ReplaceCommunities_ARepeatedCode_WritesNothing()
    {
        var before = await Store.GetPlanAsync(None);
        var communities = before.Communities.Append(before.Communities[0] with { Population = 1 }).ToArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplaceCommunitiesAsync(communities, None));

        Assert.Contains("'420105001001'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Communities.Select(c => c.Population), (await Store.GetPlanAsync(None)).Communities.Select(c => c.Population));
    }

    [Fact]
    public async Task ReplaceCommunities_AnAreaNotInEpsg4547_WritesNothing()
    {
        var before = await Store.GetPlanAsync(None);
        var wgs84 = GeometryFactories.Wgs84.CreatePolygon([new(114.22, 30.55), new(114.23, 30.55), new(114.23, 30.56), new(114.22, 30.55)]);
        var communities = before.Communities.Select((c, i) => i == 0 ? c with { Area = wgs84, Population = 1 } : c).ToArray();

        await Assert.ThrowsAnyAsync<GeometryRejectedException>(() => Store.ReplaceCommunitiesAsync(communities, None));

        var after = await (await ReopenStoreAsync()).GetPlanAsync(None);
        Assert.Equal(before.Communities.Select(c => c.Population), after.Communities.Select(c => c.Population));
        Assert.All(after.Communities, c => Assert.Null(c.Area));
    }

    private async Task<IList<NetTopologySuite.Features.IFeature>> CommunityTileAsync()
    {
        var bytes = await ((IVectorTileSource)Store).GetVectorTileAsync(PlanLayer.Communities, DistrictTile, None);
        using var stream = new MemoryStream(bytes);
        var tile = new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(DistrictTile.X, DistrictTile.Y, DistrictTile.Zoom));
        return tile.Layers.SelectMany(l => l.Features).ToList();
    }
}
