using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Import.Osm;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Import.Osm;

/// <summary>Writing the river scene of <see cref="OsmSample"/> into an embedded store holding <see cref="ContractPlan"/>.</summary>
public sealed class OsmPlanWriterTests : IDisposable
{
    private readonly OsmSample sample = new();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-osm-write-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        sample.Dispose();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Write_RiverScene_ReplacesRoadsAndWaterAndAddsFacilitiesWithTheExtractAsSource()
    {
        var store = new EmbeddedPlanStore(ContractPlan.Create(), directory);
        var extract = Read();

        var result = await OsmPlanWriter.WriteAsync(store, extract, CancellationToken.None);

        var plan = await store.GetPlanAsync(CancellationToken.None);
        Assert.Equal(new OsmWriteResult(extract.Roads.Count, 1, extract.Facilities.Count, 0), result);
        Assert.Equal(extract.Roads.Select(r => r.Id.Value).Order(StringComparer.Ordinal), plan.Roads.Select(r => r.Id.Value));
        Assert.Equal(5 + extract.Facilities.Count, plan.Facilities.Count);
        Assert.All(plan.Roads, r => Assert.StartsWith("OpenStreetMap extract hanyang.osm.pbf, way ", r.Provenance.Source, StringComparison.Ordinal));
        Assert.All(plan.Roads, r => Assert.EndsWith("(© OpenStreetMap contributors, ODbL 1.0)", r.Provenance.Source, StringComparison.Ordinal));
        Assert.Equal(Accuracy.Reference, Assert.Single(plan.Water).Provenance.Accuracy);
    }

    [Fact]
    public async Task Write_SameExtractTwice_KeepsTheFacilitiesOfTheFirstAndCountsThem()
    {
        var store = new EmbeddedPlanStore(ContractPlan.Create(), directory);
        var extract = Read();
        await OsmPlanWriter.WriteAsync(store, extract, CancellationToken.None);
        var school = (await store.FindFacilityAsync(extract.Facilities[0].Id, CancellationToken.None))!;
        await store.UpdateFacilityAsync(school.Value with { Capacity = 1200 }, school.Version, CancellationToken.None);

        var again = await OsmPlanWriter.WriteAsync(store, extract, CancellationToken.None);

        Assert.Equal((0, extract.Facilities.Count), (again.FacilitiesAdded, again.FacilitiesAlreadyPresent));
        Assert.Equal(5 + extract.Facilities.Count, (await store.GetPlanAsync(CancellationToken.None)).Facilities.Count);
        Assert.Equal(1200, (await store.FindFacilityAsync(extract.Facilities[0].Id, CancellationToken.None))!.Value.Capacity);
    }

    [Fact]
    public async Task Write_IdTakenByAFacilityFromAnotherSource_RefusesAndWritesNothing()
    {
        var store = new EmbeddedPlanStore(ContractPlan.Create(), directory);
        var extract = Read();
        await store.AddFacilityAsync(ContractPlan.School(extract.Facilities[0].Id.Value, FacilityKind.PrimarySchool, 521000, 3381000), CancellationToken.None);

        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => OsmPlanWriter.WriteAsync(store, extract, CancellationToken.None));

        var plan = await store.GetPlanAsync(CancellationToken.None);
        Assert.Equal(extract.Facilities[0].Id.Value, error.Id);
        Assert.Equal(6, plan.Facilities.Count);
        Assert.Equal(["road-1", "road-2"], plan.Roads.Select(r => r.Id.Value));
    }

    private OsmExtract Read() => OsmImport.Read(sample.WritePbf(), OsmSample.District, null, null, CancellationToken.None);
}
