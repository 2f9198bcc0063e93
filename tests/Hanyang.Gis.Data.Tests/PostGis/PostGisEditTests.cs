using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// Edits under optimistic concurrency and all-or-nothing batches. The tests share one database and
/// each edits its own rows, so their order does not matter.
/// </summary>
public sealed class PostGisEditTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly PostGisPlanStore store = new(seeded.ConnectionString);

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task UpdateFacility_StaleVersion_ThrowsConflictAndLeavesTheRowUnchanged()
    {
        var original = (await store.FindFacilityAsync(new FacilityId("fac-1"), None))!;
        var mine = await store.UpdateFacilityAsync(original.Value with { Capacity = 1000 }, original.Version, None);

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => store.UpdateFacilityAsync(original.Value with { Capacity = 5 }, original.Version, None));

        Assert.Equal((PlanLayer.Facilities, "fac-1", original.Version, (long?)mine.Version), (conflict.Layer, conflict.Id, conflict.ExpectedVersion, conflict.ActualVersion));
        var row = (await store.FindFacilityAsync(new FacilityId("fac-1"), None))!;
        Assert.Equal((1000, mine.Version), (row.Value.Capacity, row.Version));
        Assert.Equal(1000, await seeded.Database.ScalarAsync<int>("SELECT capacity FROM facilities WHERE id = 'fac-1'"));
    }

    [Fact]
    public async Task DeleteFacility_StaleVersion_ThrowsConflictAndKeepsTheRow()
    {
        var current = (await store.FindFacilityAsync(new FacilityId("fac-2"), None))!;

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => store.DeleteFacilityAsync(new FacilityId("fac-2"), current.Version + 1, None));

        Assert.Equal(current.Version, conflict.ActualVersion);
        Assert.Equal(current, await store.FindFacilityAsync(new FacilityId("fac-2"), None), VersionedFacilityComparer.Instance);
    }

    [Fact]
    public async Task UpdateFacility_DeletedMeanwhile_ThrowsConflictWithNoVersion()
    {
        var added = await store.AddFacilityAsync(SmallPlan.School("fac-gone", FacilityKind.Kindergarten, 531100, 3370100, SmallPlan.East), None);
        await store.DeleteFacilityAsync(new FacilityId("fac-gone"), added.Version, None);

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => store.UpdateFacilityAsync(added.Value, added.Version, None));
        var deleteAgain = await Assert.ThrowsAsync<EditConflictException>(() => store.DeleteFacilityAsync(new FacilityId("fac-gone"), added.Version, None));

        Assert.Null(conflict.ActualVersion);
        Assert.Null(deleteAgain.ActualVersion);
        Assert.Null(await store.FindFacilityAsync(new FacilityId("fac-gone"), None));
    }

    [Fact]
    public async Task AddFacilities_DuplicateIdInTheBatch_AddsNone()
    {
        Facility[] batch = [SmallPlan.School("fac-dup", FacilityKind.Kindergarten, 531100, 3370300), SmallPlan.School("fac-dup-ok", FacilityKind.Kindergarten, 531100, 3370400), SmallPlan.School("fac-dup", FacilityKind.Kindergarten, 531100, 3370500)];

        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => store.AddFacilitiesAsync(batch, None));

        Assert.Equal("fac-dup", error.Id);
        Assert.Contains("appears 2 times in the batch", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await seeded.Database.ScalarAsync<long>("SELECT count(*) FROM facilities WHERE id LIKE 'fac-dup%'"));
    }

    [Fact]
    public async Task AddFacilities_OneIdTakenInTheDatabase_AddsNone()
    {
        Facility[] batch = [SmallPlan.School("fac-taken-ok", FacilityKind.Kindergarten, 531100, 3370300), SmallPlan.School("fac-3", FacilityKind.Kindergarten, 531100, 3370400)];

        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => store.AddFacilitiesAsync(batch, None));

        Assert.Equal(("fac-3", "facility id 'fac-3' is taken; none of the 2 facilities was added"), (error.Id, error.Message));
        Assert.Null(await store.FindFacilityAsync(new FacilityId("fac-taken-ok"), None));
        Assert.Equal(FacilityKind.PrimarySchool, (await store.FindFacilityAsync(new FacilityId("fac-3"), None))!.Value.Kind);
    }

    [Fact]
    public async Task AddFacilities_Cancelled_CommitsNothing()
    {
        var batch = Enumerable.Range(0, 500).Select(i => SmallPlan.School($"fac-cancel-{i:D3}", FacilityKind.Sports, 531000 + i, 3370900)).ToArray();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddFacilitiesAsync(batch, cancellation.Token));

        Assert.Equal(0L, await seeded.Database.ScalarAsync<long>("SELECT count(*) FROM facilities WHERE id LIKE 'fac-cancel-%'"));
    }

    [Fact]
    public async Task AddFacilities_CancelledWhileWriting_CommitsNothing()
    {
        // 20 000 rows take EF well over a second; the cancellation lands while they are being written.
        var batch = Enumerable.Range(0, 20_000).Select(i => SmallPlan.School($"fac-midway-{i:D5}", FacilityKind.Sports, 530000 + (i % 2000), 3370000 + (i / 20))).ToArray();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddFacilitiesAsync(batch, cancellation.Token));

        Assert.Equal(0L, await seeded.Database.ScalarAsync<long>("SELECT count(*) FROM facilities WHERE id LIKE 'fac-midway-%'"));
    }

    [Fact]
    public async Task AddFacilities_Batch_AddsAllAtVersion1()
    {
        Facility[] batch = [SmallPlan.School("fac-batch-1", FacilityKind.Park, 531300, 3370300), SmallPlan.School("fac-batch-2", FacilityKind.Park, 531300, 3370400)];

        Assert.Equal(2, await store.AddFacilitiesAsync(batch, None));

        Assert.Equal("1,1", await seeded.Database.ScalarAsync<string>("SELECT string_agg(version::text, ',') FROM facilities WHERE id LIKE 'fac-batch-%'"));
    }

    [Fact]
    public async Task AddFacility_GeometryNotIn4547_IsRefusedBeforeWriting()
    {
        var wgs84 = SmallPlan.School("fac-wgs84", FacilityKind.Park, 0, 0) with { Location = GeometryFactories.Wgs84.CreatePoint(new Coordinate(114.25, 30.55)) };

        await Assert.ThrowsAnyAsync<GeometryRejectedException>(() => store.AddFacilityAsync(wgs84, None));

        Assert.Null(await store.FindFacilityAsync(new FacilityId("fac-wgs84"), None));
    }

    [Fact]
    public async Task UpdateCandidateSite_Stale_ThrowsConflictAndKeepsTheSite()
    {
        var site = (await store.FindCandidateSiteAsync(new CandidateSiteId("site-a"), None))!;
        var updated = await store.UpdateCandidateSiteAsync(site.Value with { AreaSquareMeters = 15000 }, site.Version, None);

        var stale = await Assert.ThrowsAsync<EditConflictException>(() => store.UpdateCandidateSiteAsync(site.Value with { Name = "x" }, site.Version, None));
        await Assert.ThrowsAsync<EditConflictException>(() => store.DeleteCandidateSiteAsync(site.Value.Id, site.Version, None));

        Assert.Equal(updated.Version, stale.ActualVersion);
        var kept = (await store.FindCandidateSiteAsync(new CandidateSiteId("site-a"), None))!;
        Assert.Equal((15000, "琴台备选地块", updated.Version), (kept.Value.AreaSquareMeters, kept.Value.Name, kept.Version));
        Assert.Equal([FacilityKind.PrimarySchool, FacilityKind.Parking], kept.Value.SuitableKinds);
    }

    [Fact]
    public async Task UpdateScenario_Stale_ThrowsConflictAndKeepsTheContent()
    {
        var hospital = SmallPlan.School("fac-sc", FacilityKind.Hospital, 531900, 3371900) with { MedicalCircle = MedicalCircle.West, CapacityUnit = CapacityUnit.Beds, Street = null };
        var scenario = new Scenario(new ScenarioId("sc-edit"), "西部医疗圈", "新建一所医院", [hospital], [new FacilityId("fac-h")]);
        var added = await store.AddScenarioAsync(scenario, None);
        await store.UpdateScenarioAsync(scenario with { Description = "修订" }, added.Version, None);

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => store.UpdateScenarioAsync(scenario with { Description = "旧稿" }, added.Version, None));
        await Assert.ThrowsAsync<EditConflictException>(() => store.DeleteScenarioAsync(scenario.Id, added.Version, None));

        Assert.Equal(2, conflict.ActualVersion);
        var kept = (await store.FindScenarioAsync(scenario.Id, None))!;
        Assert.Equal(("修订", 2L), (kept.Value.Description, kept.Version));
        Assert.Equal(hospital with { Location = kept.Value.AddedFacilities[0].Location }, kept.Value.AddedFacilities[0]);
        Assert.True(hospital.Location.EqualsExact(kept.Value.AddedFacilities[0].Location));
        Assert.Equal("fac-h", Assert.Single(kept.Value.RemovedFacilities).Value);
        Assert.Equal("Feature", await seeded.Database.ScalarAsync<string>("SELECT content->'added'->0->>'type' FROM scenarios WHERE id = 'sc-edit'"));
    }

    [Fact]
    public async Task SaveImportedLayer_Replace_KeepsAttributeTypesAndOrder()
    {
        var point = SmallPlan.At(530123.25, 3370456.75);
        var attributes = new Dictionary<string, object?> { ["名称"] = "设计院点", ["count"] = 3L, ["ratio"] = 3.0, ["big"] = 1e20, ["ok"] = false, ["none"] = null };
        await store.SaveImportedLayerAsync(new ImportedLayer("replace-me", "old.shp", "gcj02", [new ImportedFeature(point, attributes)]), None);

        await store.SaveImportedLayerAsync(new ImportedLayer("replace-me", "new.gpkg", "epsg:4547", [new ImportedFeature(SmallPlan.At(1, 2), attributes), new ImportedFeature(point, attributes)]), None);

        var layer = (await store.FindImportedLayerAsync("replace-me", None))!;
        Assert.Equal(("new.gpkg", "epsg:4547", 2), (layer.SourceFile, layer.SourceCrs, layer.Features.Count));
        Assert.True(point.EqualsExact(layer.Features[1].Geometry));
        Assert.Equal(attributes.OrderBy(a => a.Key, StringComparer.Ordinal), layer.Features[1].Attributes.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.IsType<double>(layer.Features[1].Attributes["ratio"]);
        Assert.IsType<long>(layer.Features[1].Attributes["count"]);
        Assert.Equal(2L, await seeded.Database.ScalarAsync<long>("SELECT count(*) FROM imported_features WHERE layer_name = 'replace-me'"));
        Assert.Contains("replace-me", await store.ListImportedLayerNamesAsync(None));
    }

    [Fact]
    public async Task SaveImportedLayer_Cancelled_KeepsThePreviousLayer()
    {
        var feature = new ImportedFeature(SmallPlan.At(530500, 3370500), new Dictionary<string, object?> { ["n"] = 1L });
        await store.SaveImportedLayerAsync(new ImportedLayer("keep-me", "a.csv", "wgs84", [feature]), None);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveImportedLayerAsync(new ImportedLayer("keep-me", "b.csv", "wgs84", [feature, feature, feature]), cancellation.Token));

        var layer = (await store.FindImportedLayerAsync("keep-me", None))!;
        Assert.Equal(("a.csv", 1), (layer.SourceFile, layer.Features.Count));
    }

    private sealed class VersionedFacilityComparer : IEqualityComparer<Versioned<Facility>?>
    {
        public static readonly VersionedFacilityComparer Instance = new();

        public bool Equals(Versioned<Facility>? x, Versioned<Facility>? y) =>
            x is not null && y is not null && x.Version == y.Version && x.Value.Location.EqualsExact(y.Value.Location) && x.Value with { Location = y.Value.Location } == y.Value;

        public int GetHashCode(Versioned<Facility>? obj) => obj?.Value.Id.GetHashCode() ?? 0;
    }
}
