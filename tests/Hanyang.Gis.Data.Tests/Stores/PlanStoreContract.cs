using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Stores;

/// <summary>
/// The behaviour every plan store must have, run against each implementation (embedded and PostGIS)
/// by subclassing. Stores start from <see cref="ContractPlan"/>; seeded items have version 1.
/// </summary>
public abstract partial class PlanStoreContract : IAsyncLifetime
{
    private IPlanStore? store;

    protected IPlanStore Store => store ?? throw new InvalidOperationException("store not created");

    private static CancellationToken None => CancellationToken.None;

    /// <summary>Creates a fresh, empty store (its own directory or database) seeded with <paramref name="plan"/>.</summary>
    protected abstract Task<IPlanStore> CreateStoreAsync(PlanDataset plan);

    /// <summary>Opens the same store again as a new process would (new instance, same directory or database).</summary>
    protected abstract Task<IPlanStore> ReopenStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made.</summary>
    protected abstract Task DestroyStoreAsync();

    public async Task InitializeAsync() => store = await CreateStoreAsync(ContractPlan.Create());

    public Task DisposeAsync() => DestroyStoreAsync();

    [Fact]
    public async Task CheckReadiness_AfterSeeding_IsReady() =>
        Assert.Equal(StoreReadiness.Ready, await Store.CheckReadinessAsync(None));

    [Fact]
    public async Task GetPlan_AfterSeeding_HasEveryLayer()
    {
        var plan = await Store.GetPlanAsync(None);

        Assert.Equal("汉阳区", plan.District.Name);
        Assert.Equal((2, 4, 1, 1, 1, 2, 5, 1), (plan.Streets.Count, plan.Communities.Count, plan.Water.Count, plan.Zones.Count, plan.Belts.Count, plan.Roads.Count, plan.Facilities.Count, plan.CandidateSites.Count));
        Assert.Equal(10_000, plan.TotalPopulation);
        Assert.Equal(4547, plan.Facilities[0].Location.SRID);
    }

    [Fact]
    public async Task ListFeatures_WithBbox_ReturnsOnlyIntersectingOrderedById()
    {
        var page = await Store.ListFeaturesAsync(PlanLayer.Facilities, new Envelope(520000, 522000, 3380000, 3382000), 0, 100, None);

        Assert.Equal(["fac-a", "fac-b", "fac-d"], page.Features.Select(f => f.Id));
        Assert.Equal(3, page.NumberMatched);
        Assert.False(page.HasMore);
        Assert.Equal("primary-school", page.Features[0].Properties["kind"]);
        Assert.Equal(1, page.Features[0].Version);
    }

    [Fact]
    public async Task ListFeatures_Paged_ReturnsTheRequestedSliceAndTheTotal()
    {
        var first = await Store.ListFeaturesAsync(PlanLayer.Facilities, null, 0, 2, None);
        var second = await Store.ListFeaturesAsync(PlanLayer.Facilities, null, 2, 2, None);

        Assert.Equal(["fac-a", "fac-b"], first.Features.Select(f => f.Id));
        Assert.Equal(["fac-c", "fac-d"], second.Features.Select(f => f.Id));
        Assert.Equal(5, second.NumberMatched);
        Assert.True(second.HasMore);
    }

    [Fact]
    public async Task ListFeatures_FilteredByQueryables_KeepsOnlyMatchingFeaturesAndCountsThem()
    {
        var all = await Store.ListFeaturesAsync(PlanLayer.Facilities, null, 0, 100, None);
        var kind = (string)all.Features[0].Properties["kind"]!;
        var expected = all.Features.Where(f => (string?)f.Properties["kind"] == kind).Select(f => f.Id).ToArray();

        var filtered = await Store.ListFeaturesAsync(PlanLayer.Facilities, null, new Dictionary<string, string> { ["kind"] = kind }, 0, 100, None);
        var boxed = await Store.ListFeaturesAsync(PlanLayer.Facilities, new Envelope(520000, 522000, 3380000, 3382000), new Dictionary<string, string> { ["kind"] = kind, ["status"] = (string)all.Features[0].Properties["status"]! }, 0, 100, None);
        var nothing = await Store.ListFeaturesAsync(PlanLayer.Facilities, null, new Dictionary<string, string> { ["kind"] = "no-such-kind" }, 0, 100, None);

        Assert.InRange(expected.Length, 1, all.Features.Count - 1);
        Assert.Equal(expected, filtered.Features.Select(f => f.Id));
        Assert.Equal(expected.Length, filtered.NumberMatched);
        Assert.Contains(all.Features[0].Id, boxed.Features.Select(f => f.Id));
        Assert.All(boxed.Features, f => Assert.Equal(kind, f.Properties["kind"]));
        Assert.Equal(0, nothing.NumberMatched);
        var wrong = await Assert.ThrowsAsync<ArgumentException>(() => Store.ListFeaturesAsync(PlanLayer.Facilities, null, new Dictionary<string, string> { ["name"] = "x" }, 0, 100, None));
        Assert.Contains("'name' is not a queryable of facilities", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListFeatures_EveryLayer_HasTheSeededCount()
    {
        var counts = new List<long>();
        foreach (var layer in Enum.GetValues<PlanLayer>())
        {
            counts.Add((await Store.ListFeaturesAsync(layer, null, 0, 1000, None)).NumberMatched);
        }

        Assert.Equal([1, 2, 4, 1, 1, 1, 2, 5, 1], counts);
    }

    [Fact]
    public async Task FindFeature_ExistingAndMissing()
    {
        var street = await Store.FindFeatureAsync(PlanLayer.Streets, "420105002000", None);
        var missing = await Store.FindFeatureAsync(PlanLayer.Streets, "420105009000", None);

        Assert.Equal("东街道", street!.Properties["name"]);
        Assert.Equal(8_000_000, street.Geometry.Area, 1e-6);
        Assert.Null(missing);
    }

    [Fact]
    public async Task ListNearestFacilities_OfAKind_NearestFirstWithDistances()
    {
        var nearest = await Store.ListNearestFacilitiesAsync(ContractPlan.At(521000, 3381000), FacilityKind.PrimarySchool, 2, None);

        Assert.Equal(["fac-b", "fac-a"], nearest.Select(n => n.Facility.Id.Value));
        Assert.Equal(Math.Sqrt(2) * 400, nearest[0].DistanceMeters, 1e-6);
        Assert.Equal(Math.Sqrt(2) * 500, nearest[1].DistanceMeters, 1e-6);
    }

    [Fact]
    public async Task ListFacilitiesWithin_Radius_IncludesOnlyThoseWithin()
    {
        var within = await Store.ListFacilitiesWithinAsync(ContractPlan.At(521000, 3381000), 750, null, None);
        var schoolsWithin = await Store.ListFacilitiesWithinAsync(ContractPlan.At(521000, 3381000), 750, FacilityKind.PrimarySchool, None);

        Assert.Equal(["fac-d", "fac-b", "fac-a"], within.Select(n => n.Facility.Id.Value));
        Assert.Equal(["fac-b", "fac-a"], schoolsWithin.Select(n => n.Facility.Id.Value));
    }

    [Fact]
    public async Task ListCommunities_InZoneAndInStreet()
    {
        var inZone = await Store.ListCommunitiesInZoneAsync(new ZoneId("sixin"), None);
        var inStreet = await Store.ListCommunitiesInStreetAsync(new StreetCode("420105002000"), None);

        Assert.Equal(["420105001001"], inZone.Select(c => c.Code.Value));
        Assert.Equal(["420105002001", "420105002002"], inStreet.Select(c => c.Code.Value));
    }

    [Fact]
    public async Task AddFacility_ThenFind_HasVersion1AndIsInThePlan()
    {
        var added = await Store.AddFacilityAsync(ContractPlan.School("fac-new", FacilityKind.PrimarySchool, 523000, 3382500, "420105002000"), None);

        var found = await Store.FindFacilityAsync(new FacilityId("fac-new"), None);
        var plan = await Store.GetPlanAsync(None);
        Assert.Equal(1, added.Version);
        Assert.Equal(1, found!.Version);
        Assert.Equal(523000, found.Value.Location.X, 1e-6);
        Assert.Contains(plan.Facilities, f => f.Id.Value == "fac-new");
    }

    [Fact]
    public async Task AddFacility_TakenId_IsADuplicateIdNamingIt()
    {
        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => Store.AddFacilityAsync(ContractPlan.School("fac-a", FacilityKind.PrimarySchool, 0, 0), None));

        Assert.Equal(("facility", "fac-a", "facility id 'fac-a' is taken; nothing was added"), (error.What, error.Id, error.Message));
    }

    [Fact]
    public async Task UpdateFacility_CurrentVersion_SavesAndIncrements()
    {
        var current = (await Store.FindFacilityAsync(new FacilityId("fac-a"), None))!;

        var updated = await Store.UpdateFacilityAsync(current.Value with { Capacity = 1500 }, current.Version, None);

        Assert.Equal(current.Version + 1, updated.Version);
        Assert.Equal(1500, (await Store.FindFacilityAsync(new FacilityId("fac-a"), None))!.Value.Capacity);
    }

    [Fact]
    public async Task UpdateFacility_StaleVersion_ConflictsAndChangesNothing()
    {
        var current = (await Store.FindFacilityAsync(new FacilityId("fac-b"), None))!;
        await Store.UpdateFacilityAsync(current.Value with { Capacity = 1200 }, current.Version, None);

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => Store.UpdateFacilityAsync(current.Value with { Capacity = 9 }, current.Version, None));

        Assert.Equal(current.Version + 1, conflict.ActualVersion);
        Assert.Equal(1200, (await Store.FindFacilityAsync(new FacilityId("fac-b"), None))!.Value.Capacity);
    }

    [Fact]
    public async Task DeleteFacility_StaleThenCurrent_ConflictsThenRemoves()
    {
        var current = (await Store.FindFacilityAsync(new FacilityId("fac-c"), None))!;

        await Assert.ThrowsAsync<EditConflictException>(() => Store.DeleteFacilityAsync(new FacilityId("fac-c"), current.Version + 5, None));
        await Store.DeleteFacilityAsync(new FacilityId("fac-c"), current.Version, None);

        Assert.Null(await Store.FindFacilityAsync(new FacilityId("fac-c"), None));
        Assert.DoesNotContain((await Store.GetPlanAsync(None)).Facilities, f => f.Id.Value == "fac-c");
        var deleted = await Assert.ThrowsAsync<EditConflictException>(() => Store.UpdateFacilityAsync(current.Value, current.Version, None));
        Assert.Null(deleted.ActualVersion);
    }

    [Fact]
    public async Task AddFacilities_BatchWithATakenId_AddsNone()
    {
        Facility[] batch = [ContractPlan.School("fac-x1", FacilityKind.Kindergarten, 521000, 3383500), ContractPlan.School("fac-a", FacilityKind.Kindergarten, 521000, 3383600)];

        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => Store.AddFacilitiesAsync(batch, None));

        Assert.Equal("fac-a", error.Id);
        Assert.Null(await Store.FindFacilityAsync(new FacilityId("fac-x1"), None));
        Assert.Equal(5, (await Store.GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task AddFacilities_Batch_AddsAll()
    {
        Facility[] batch = [ContractPlan.School("fac-x1", FacilityKind.Kindergarten, 521000, 3383500), ContractPlan.School("fac-x2", FacilityKind.Kindergarten, 521000, 3383600)];

        Assert.Equal(2, await Store.AddFacilitiesAsync(batch, None));

        Assert.Equal(7, (await Store.GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task CandidateSites_AddUpdateDelete_WithConflicts()
    {
        var site = new CandidateSite(new CandidateSiteId("site-2"), "墨水湖备选地块", [FacilityKind.Parking], ShortageArea.MoshuiLake, null, ContractPlan.At(522200, 3383200), ContractPlan.Test);

        var added = await Store.AddCandidateSiteAsync(site, None);
        var updated = await Store.UpdateCandidateSiteAsync(site with { AreaSquareMeters = 5000 }, added.Version, None);
        await Assert.ThrowsAsync<EditConflictException>(() => Store.UpdateCandidateSiteAsync(site, added.Version, None));
        Assert.Equal(("candidate site", "site-2"), await DuplicateAsync(() => Store.AddCandidateSiteAsync(site, None)));

        Assert.Equal(5000, (await Store.FindCandidateSiteAsync(site.Id, None))!.Value.AreaSquareMeters);
        await Store.DeleteCandidateSiteAsync(site.Id, updated.Version, None);
        Assert.Null(await Store.FindCandidateSiteAsync(site.Id, None));
        Assert.Equal(1, (await Store.FindCandidateSiteAsync(new CandidateSiteId("site-1"), None))!.Version);
    }

    [Fact]
    public async Task Scenarios_AddListUpdateDelete_WithConflicts()
    {
        var scenario = new Scenario(new ScenarioId("s1"), "四新新建小学", "两所", [ContractPlan.School("fac-s1", FacilityKind.PrimarySchool, 520800, 3380800)], [new FacilityId("fac-a")]);

        var added = await Store.AddScenarioAsync(scenario, None);
        var updated = await Store.UpdateScenarioAsync(scenario with { Name = "四新新建小学（修订）" }, added.Version, None);
        await Assert.ThrowsAsync<EditConflictException>(() => Store.UpdateScenarioAsync(scenario, added.Version, None));
        Assert.Equal(("scenario", "s1"), await DuplicateAsync(() => Store.AddScenarioAsync(scenario with { Name = "同名" }, None)));

        var listed = Assert.Single(await Store.ListScenariosAsync(None));
        Assert.Equal("四新新建小学（修订）", listed.Value.Name);
        Assert.Equal(2, listed.Version);
        Assert.Equal("fac-s1", Assert.Single(listed.Value.AddedFacilities).Id.Value);
        Assert.Equal(520800, listed.Value.AddedFacilities[0].Location.X, 1e-6);
        Assert.Equal("fac-a", Assert.Single(listed.Value.RemovedFacilities).Value);
        await Store.DeleteScenarioAsync(scenario.Id, updated.Version, None);
        Assert.Empty(await Store.ListScenariosAsync(None));
    }

    [Fact]
    public async Task ImportedLayers_SaveReplaceFindList()
    {
        var features = new[] { new ImportedFeature(ContractPlan.At(521234.5, 3381234.5), new Dictionary<string, object?> { ["名称"] = "测试点", ["n"] = 3L, ["x"] = 1.5, ["ok"] = true, ["none"] = null }) };

        await Store.SaveImportedLayerAsync(new ImportedLayer("design-institute", "a.shp", "epsg:4547", features), None);
        await Store.SaveImportedLayerAsync(new ImportedLayer("design-institute", "b.shp", "epsg:4547", [features[0], features[0]]), None);

        var layer = (await Store.FindImportedLayerAsync("design-institute", None))!;
        Assert.Equal(["design-institute"], await Store.ListImportedLayerNamesAsync(None));
        Assert.Equal("b.shp", layer.SourceFile);
        Assert.Equal(2, layer.Features.Count);
        Assert.Equal("测试点", layer.Features[0].Attributes["名称"]);
        Assert.Equal(3L, Convert.ToInt64(layer.Features[0].Attributes["n"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(true, layer.Features[0].Attributes["ok"]);
        Assert.Null(layer.Features[0].Attributes["none"]);
        Assert.Equal(521234.5, layer.Features[0].Geometry.Coordinate.X, 1e-6);
        Assert.Null(await Store.FindImportedLayerAsync("nothing", None));
    }

    [Fact]
    public async Task ServiceCircles_ReplaceThenList_KeepsOnlyTheLatestSetOfThoseParameters()
    {
        var ten = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 10);
        var fifteen = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 15);

        await Store.ReplaceServiceCirclesAsync(ten, [Circle(ten, "fac-a", "v1"), Circle(ten, "fac-b", "v1")], None);
        await Store.ReplaceServiceCirclesAsync(fifteen, [Circle(fifteen, null, "v1")], None);
        await Store.ReplaceServiceCirclesAsync(ten, [Circle(ten, null, "v2")], None);

        var listedTen = await Store.ListServiceCirclesAsync(ten, None);
        var circle = Assert.Single(listedTen);
        Assert.Equal(("primary-school/walk-4.5/10/dissolved", "v2", 750.0), (circle.Id, circle.DataVersion, circle.ReachedMeters));
        Assert.Null(circle.Facility);
        Assert.Equal(125_000, circle.Area.Area, 1e-6);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), circle.ComputedAt);
        Assert.Equal("primary-school/walk-4.5/15/dissolved", Assert.Single(await Store.ListServiceCirclesAsync(fifteen, None)).Id);
        Assert.Empty(await Store.ListServiceCirclesAsync(new ServiceCircleSetKey(FacilityKind.Kindergarten, "walk-4.5", 10), None));
    }

    [Fact]
    public async Task ServiceCircles_BudgetsWithinAStep_AreOneSet()
    {
        var twelve = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 12);
        var almostTwelve = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 12.0001);

        await Store.ReplaceServiceCirclesAsync(twelve, [Circle(twelve, null, "v1")], None);
        await Store.ReplaceServiceCirclesAsync(almostTwelve, [Circle(almostTwelve, null, "v2")], None);

        Assert.Equal(twelve, almostTwelve);
        var circle = Assert.Single(await Store.ListServiceCirclesAsync(twelve, None));
        Assert.Equal(("primary-school/walk-4.5/12/dissolved", 12.0, "v2"), (circle.Id, circle.Minutes, circle.DataVersion));
        Assert.Empty(await Store.ListServiceCirclesAsync(new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 12.1), None));
    }

    [Fact]
    public async Task ServiceCircles_ReplacedConcurrentlyBySeveralWriters_OneCompleteSetWins()
    {
        var set = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 10);
        var writers = Enumerable.Range(0, 8).Select(i => $"v{i}").ToArray();

        await Task.WhenAll(writers.Select(version => Task.Run(() =>
            Store.ReplaceServiceCirclesAsync(set, [Circle(set, "fac-a", version), Circle(set, "fac-b", version), Circle(set, null, version)], None))));

        var listed = await Store.ListServiceCirclesAsync(set, None);
        Assert.Equal(3, listed.Count);
        Assert.Single(listed.Select(c => c.DataVersion).Distinct());
        Assert.Contains(listed[0].DataVersion, writers);
    }

    [Fact]
    public async Task ServiceCircles_Prune_RemovesTheSetsNotKeptAndLeavesTheOthers()
    {
        var ten = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 10);
        var odd = new ServiceCircleSetKey(FacilityKind.PrimarySchool, "walk-4.5", 12.3);
        var oddKindergarten = new ServiceCircleSetKey(FacilityKind.Kindergarten, "drive-offpeak", 12.3);
        foreach (var set in new[] { ten, odd, oddKindergarten })
        {
            await Store.ReplaceServiceCirclesAsync(set, [Circle(set, "fac-a", "v1"), Circle(set, null, "v1")], None);
        }

        var pruned = await Store.PruneServiceCirclesAsync(s => s.Minutes == 10, None);

        Assert.Equal(2, pruned);
        Assert.Equal(2, (await Store.ListServiceCirclesAsync(ten, None)).Count);
        Assert.Empty(await Store.ListServiceCirclesAsync(odd, None));
        Assert.Empty(await Store.ListServiceCirclesAsync(oddKindergarten, None));
        Assert.Equal(0, await Store.PruneServiceCirclesAsync(s => s.Minutes == 10, None));
    }

    [Fact]
    public async Task Reopen_AfterEdits_KeepsEveryEdit()
    {
        await Store.AddFacilityAsync(ContractPlan.School("fac-kept", FacilityKind.SeniorHighSchool, 522500, 3380500, "420105002000"), None);
        var b = (await Store.FindFacilityAsync(new FacilityId("fac-b"), None))!;
        await Store.UpdateFacilityAsync(b.Value with { Name = "改名小学" }, b.Version, None);
        await Store.DeleteFacilityAsync(new FacilityId("fac-c"), 1, None);
        await Store.AddScenarioAsync(new Scenario(new ScenarioId("kept"), "保留", "", [], []), None);

        var reopened = await ReopenStoreAsync();

        Assert.Equal(2, (await reopened.FindFacilityAsync(new FacilityId("fac-b"), None))!.Version);
        Assert.Equal("改名小学", (await reopened.FindFacilityAsync(new FacilityId("fac-b"), None))!.Value.Name);
        Assert.NotNull(await reopened.FindFacilityAsync(new FacilityId("fac-kept"), None));
        Assert.Null(await reopened.FindFacilityAsync(new FacilityId("fac-c"), None));
        Assert.Single(await reopened.ListScenariosAsync(None));
        Assert.Equal(5, (await reopened.GetPlanAsync(None)).Facilities.Count);
    }

    private static async Task<(string What, string Id)> DuplicateAsync(Func<Task> add)
    {
        var error = await Assert.ThrowsAsync<DuplicateIdException>(add);
        return (error.What, error.Id);
    }

    private static StoredServiceCircle Circle(ServiceCircleSetKey set, string? facility, string version) => new(
        $"{set}/{facility ?? "dissolved"}", set.Kind, set.Mode, set.Minutes, facility is null ? null : new FacilityId(facility),
        ContractPlan.Wkt("POLYGON ((520000 3380000, 520500 3380000, 520500 3380500, 520000 3380000))"), 750, version, new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
}
