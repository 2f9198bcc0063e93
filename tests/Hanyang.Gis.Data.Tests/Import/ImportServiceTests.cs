using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Import;

/// <summary>
/// <see cref="ImportService"/> against a real store, run once per store by subclassing (embedded and
/// PostGIS). Stores start from <see cref="ContractPlan"/>: five facilities, no imported layer.
/// </summary>
public abstract class ImportServiceTests : IAsyncLifetime, IDisposable
{
    private const string BowTie = """{"type":"Polygon","coordinates":[[[114.20,30.54],[114.22,30.56],[114.22,30.54],[114.20,30.55],[114.20,30.54]]]}""";

    private readonly ImportFiles files = new();
    private readonly ImportService service = new();
    private IPlanStore? store;

    protected IPlanStore Store => store ?? throw new InvalidOperationException("store not created");

    private static CancellationToken None => CancellationToken.None;

    protected abstract Task<IPlanStore> CreateStoreAsync(PlanDataset plan);

    protected abstract Task DestroyStoreAsync();

    public async Task InitializeAsync() => store = await CreateStoreAsync(ContractPlan.Create());

    public Task DisposeAsync() => DestroyStoreAsync();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            files.Dispose();
        }
    }

    [Fact]
    public async Task ImportAsync_FacilitiesCsv_AddsThemToWhatAnalysesSee()
    {
        var path = files.Text("new-schools.csv", "kind,name,lon,lat,capacity,id,status\nprimary-school,钟家村小学,114.2654,30.5502,1200,,\nparking,琴台停车场,114.2600,30.5550,,p-qintai,planned\n");

        var outcome = await service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None);

        Assert.Equal(("facilities", 2, "wgs84"), (outcome.Layer, outcome.FeaturesWritten, outcome.SourceCrs));
        var plan = await Store.GetPlanAsync(None);
        Assert.Equal(7, plan.Facilities.Count);
        var school = plan.Facilities.Single(f => f.Id.Value == "import-new-schools-1");
        Assert.Equal((FacilityKind.PrimarySchool, "钟家村小学", 1200, CapacityUnit.Seats, BuildStatus.Existing), (school.Kind, school.Name, school.Capacity, school.CapacityUnit, school.Status));
        Assert.Equal(new Provenance(Accuracy.Reference, "imported from new-schools.csv"), school.Provenance);
        ImportAssert.Near(new Coordinate(525465.0662, 3381136.9505), school.Location.Coordinate, 0.01);
        Assert.Equal(Srid.Internal, school.Location.SRID);
        var parking = plan.Facilities.Single(f => f.Id.Value == "p-qintai");
        Assert.Equal((FacilityKind.Parking, BuildStatus.Planned, (int?)null), (parking.Kind, parking.Status, parking.Capacity));
    }

    [Fact]
    public async Task ImportAsync_FacilitiesShapefileWithUpperCaseFields_MapsThem()
    {
        var path = files.Shapefile("clinics.shp", EsriPrj.Wgs84, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"),
            new Dictionary<string, object> { ["KIND"] = "community-health-station", ["NAME"] = "社区卫生服务站", ["ACCURACY"] = "approximate" }));

        await service.ImportAsync(Store, "facilities", path, null, false, None);

        var clinic = (await Store.FindFacilityAsync(new FacilityId("import-clinics-1"), None))!.Value;
        Assert.Equal((FacilityKind.CommunityHealthStation, Accuracy.Approximate), (clinic.Kind, clinic.Provenance.Accuracy));
    }

    [Fact]
    public async Task ImportAsync_FacilitiesWithBadRows_WritesNothingAndNamesEveryRow()
    {
        var path = files.Text("schools.csv", "kind,name,lon,lat\nprimary-school,好,114.2654,30.5502\nschool,坏,114.26,30.55\nkindergarten,,114.26,30.55\nhospital,远,116.39,39.91\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None));

        Assert.Equal([2, 3, 4], error.Problems.Select(p => p.Item!.Value.Number));
        Assert.Contains("kind: 'school' is not a known facility kind", error.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("name: missing", error.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("EPSG:4547", error.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("schools.csv row 2 (line 3)", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, (await Store.GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task ImportAsync_FacilityIdAlreadyInThePlan_IsRefusedAndWritesNothing()
    {
        var path = files.Text("schools.csv", "id,kind,name,lon,lat\nfac-new,primary-school,新,114.2654,30.5502\nfac-a,primary-school,重,114.26,30.55\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(2, problem.Item!.Value.Number);
        Assert.Contains("'fac-a' already exists", problem.Reason, StringComparison.Ordinal);
        Assert.Null(await Store.FindFacilityAsync(new FacilityId("fac-new"), None));
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_IsRefusedTheSecondTime()
    {
        var path = files.Text("schools.csv", "kind,name,lon,lat\nprimary-school,新,114.2654,30.5502\n");
        await service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None);

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None));

        Assert.Contains("already exists", Assert.Single(error.Problems).Reason, StringComparison.Ordinal);
        Assert.Equal(6, (await Store.GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task ImportAsync_DuplicateIdsInTheFile_AreRefused()
    {
        var path = files.Text("schools.csv", "id,kind,name,lon,lat\nx,primary-school,a,114.2654,30.5502\nx,primary-school,b,114.26,30.55\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None));

        Assert.Contains("already used by row 1", Assert.Single(error.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_IdsTheApiCannotAddress_AreRefusedNamingRowAndColumn()
    {
        var path = files.Text("schools.csv", "id,kind,name,lon,lat\nok-1,primary-school,a,114.2654,30.5502\nx/y z,primary-school,b,114.26,30.55\n钟家村,primary-school,c,114.26,30.55\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "facilities", path, SourceCrs.Wgs84, false, None));

        Assert.Equal([2, 3], error.Problems.Select(p => p.Item!.Value.Number));
        Assert.Contains("schools.csv row 2 (line 3): id: 'x/y z' is not an id the API can address; use 1–64 ASCII letters, digits, '-' or '_'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("id: '钟家村' is not an id", error.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Null(await Store.FindFacilityAsync(new FacilityId("ok-1"), None));
    }

    [Fact]
    public async Task ImportAsync_OtherLayer_SavesAnImportedLayerInEpsg4547()
    {
        var path = files.GeoJson("parks.geojson", null, ("""{"type":"Point","coordinates":[114.2654,30.5502]}""", """{"name":"月湖","gates":3}"""));

        var outcome = await service.ImportAsync(Store, "parks", path, null, false, None);

        Assert.Equal(1, outcome.FeaturesWritten);
        var layer = await Store.FindImportedLayerAsync("parks", None);
        Assert.NotNull(layer);
        Assert.Equal(("parks.geojson", "wgs84"), (layer.SourceFile, layer.SourceCrs));
        var feature = Assert.Single(layer.Features);
        Assert.Equal(Srid.Internal, feature.Geometry.SRID);
        ImportAssert.Near(new Coordinate(525465.0662, 3381136.9505), feature.Geometry.Coordinate, 0.01);
        Assert.Equal("月湖", feature.Attributes["name"]);
        Assert.Equal(5, (await Store.GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task ImportAsync_InvalidGeometry_WritesNothing()
    {
        var path = files.GeoJson("parcels.geojson", null, (BowTie, "{}"));

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "parcels", path, null, false, None));

        Assert.Contains("Self-intersection", Assert.Single(error.Problems).Reason, StringComparison.Ordinal);
        Assert.Empty(await Store.ListImportedLayerNamesAsync(None));
    }

    [Fact]
    public async Task ImportAsync_InvalidGeometryWithMakeValid_SavesTheRepairAndReportsIt()
    {
        var path = files.GeoJson("parcels.geojson", null, (BowTie, "{}"));

        var outcome = await service.ImportAsync(Store, "parcels", path, null, true, None);

        Assert.Single(outcome.Report.Repairs);
        var saved = Assert.Single((await Store.FindImportedLayerAsync("parcels", None))!.Features).Geometry;
        Assert.True(saved.IsValid);
    }

    [Fact]
    public async Task ImportAsync_CsvWithoutCrs_IsRefused()
    {
        var path = files.Text("points.csv", "lon,lat\n114.2654,30.5502\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, "points", path, null, false, None));

        Assert.Contains("--crs wgs84|gcj02|bd09", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ListImportedLayerNamesAsync(None));
    }

    [Fact]
    public async Task ImportAsync_FileOverTheSizeLimit_IsRefused()
    {
        var path = files.Text("points.csv", "lon,lat\n114.2654,30.5502\n114.2654,30.5502\n");
        var small = new ImportService(new ImportLimits(MaxFileBytes: 16, MaxFeatures: 100));

        var error = await Assert.ThrowsAsync<ImportException>(() => small.ImportAsync(Store, "points", path, SourceCrs.Wgs84, false, None));

        Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roads")]
    [InlineData("bad name")]
    [InlineData("")]
    public async Task ImportAsync_LayerNameThatCannotBeImported_IsRefused(string layer)
    {
        var path = files.Text("points.csv", "lon,lat\n114.2654,30.5502\n");

        await Assert.ThrowsAsync<ImportException>(() => service.ImportAsync(Store, layer, path, SourceCrs.Wgs84, false, None));

        Assert.Empty(await Store.ListImportedLayerNamesAsync(None));
    }

    [Fact]
    public async Task ImportAsync_WithProgress_ReportsFeaturesRead()
    {
        var path = files.Text("points.csv", "lon,lat\n" + string.Concat(Enumerable.Repeat("114.2654,30.5502\n", 1500)));
        var reported = new List<int>();

        await service.ImportAsync(Store, "points", path, SourceCrs.Wgs84, false, new Reporter(reported), None);

        Assert.Equal([1000, 1500], reported);
    }

    [Fact]
    public async Task ImportAsync_Cancelled_WritesNothing()
    {
        var path = files.Text("points.csv", "lon,lat\n114.2654,30.5502\n");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.ImportAsync(Store, "points", path, SourceCrs.Wgs84, false, cancelled.Token));

        Assert.Empty(await Store.ListImportedLayerNamesAsync(None));
    }

    private sealed class Reporter(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
