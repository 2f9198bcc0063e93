using Hanyang.Gis.Data.Import.Population;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Tests.Import.Population;

public sealed class GeoTiffGridTests : IDisposable
{
    private const double N = -9999;

    /// <summary>
    /// Over the contract district (520000–524000, 3380000–3384000, EPSG:4547) in 1 km cells, with a fifth column east
    /// of it. Rows run north to south; one nodata cell.
    /// </summary>
    private static readonly double[][] District =
    [
        [1, 2, 3, 4, 100],
        [5, 6, 7, 8, 100],
        [9, 10, N, 12, 100],
        [13, 14, 15, 16, 100],
    ];

    private readonly PopulationGrids grids = new();

    public void Dispose() => grids.Dispose();

    [Fact]
    public void Open_Float32Wgs84WithNodata_ReadsGeoreferenceNodataAndValues()
    {
        var tif = grids.Make("pop", 114.20, 30.50, 0.01, [[1, 2.5, N], [4, 5, 6]], "-a_srs", "EPSG:4326", "-a_nodata", "-9999", "-ot", "Float32");

        using var grid = GeoTiffGrid.Open(tif);

        Assert.Equal((3, 2, 4326), (grid.Width, grid.Height, grid.Srid));
        Assert.Equal(114.205, grid.CellCentre(0, 0).X, 1e-9);
        Assert.Equal(30.515, grid.CellCentre(0, 0).Y, 1e-9);
        Assert.Equal(-9999, grid.Nodata);
        var rows = Rows(grid);
        Assert.Equal([1, 2.5, -9999], rows[0]);
        Assert.True(grid.IsNodata(rows[0][2]));
        Assert.Equal([4, 5, 6], rows[1]);
    }

    [Theory]
    [InlineData("Int16")]
    [InlineData("UInt16")]
    [InlineData("Int32")]
    [InlineData("Float64")]
    public void Aggregate_IntegerAndFloatGridsInEpsg4547_SumCellCentresIntoAreasAndNearestPointCommunitiesOfTheStreet(string type)
    {
        var tif = grids.Make("district", 520000, 3380000, 1000, type == "UInt16" ? District.Select(r => r.Select(v => v < 0 ? 65535 : v).ToArray()).ToArray() : District,
            "-a_srs", "EPSG:4547", "-a_nodata", type == "UInt16" ? "65535" : "-9999", "-ot", type);

        var result = Aggregate(tif);

        // 420105001001 is the south-west square km: only the cell (row 4, column 1) = 13. The rest of the west street
        // goes to its one point community, 420105001002. The east street splits by the nearer point: north two rows to
        // 420105002002, south two to 420105002001 (the nodata cell counts nothing). The fifth column is outside.
        Assert.Equal([13, 47, 43, 22], result.AllCommunities.Select(c => c.Population));
        Assert.Equal(125, result.AssignedResidents);
        Assert.Equal((400, 4, 1), (result.UnassignedResidents, result.UnassignedCells, result.NodataCells));
        Assert.All(result.AllCommunities, c => Assert.Equal(new PopulationSource("WorldPop", 2020, []).Source, c.PopulationSource!.Source));
        Assert.Equal("EPSG:4547", result.Crs);
    }

    [Fact]
    public void Aggregate_TiledGrid_ReadsTheSameAsStrips()
    {
        var tif = grids.Make("tiled", 520000, 3380000, 1000, District, "-a_srs", "EPSG:4547", "-a_nodata", "-9999", "-ot", "Float32", "-co", "TILED=YES", "-co", "BLOCKXSIZE=16", "-co", "BLOCKYSIZE=16");

        Assert.Equal([13, 47, 43, 22], Aggregate(tif).AllCommunities.Select(c => c.Population));
    }

    [Fact]
    public void Aggregate_CommunityNoCellFallsTo_KeepsItsPopulationAndIsReported()
    {
        // Only the west half of the district.
        var tif = grids.Make("west", 520000, 3380000, 1000, District.Select(r => r[..2]).ToArray(), "-a_srs", "EPSG:4547", "-a_nodata", "-9999");

        var result = Aggregate(tif);

        Assert.Equal(["420105002001", "420105002002"], result.WithoutCells.Select(c => c.Code.Value));
        Assert.Equal([2000, 1000], result.WithoutCells.Select(c => c.Population));
        Assert.Null(result.WithoutCells[0].PopulationSource);
    }

    [Fact]
    public void Open_UtmGrid_IsRefusedNamingItsCrs()
    {
        var tif = grids.Make("utm", 230000, 3380000, 1000, [[1, 2], [3, 4]], "-a_srs", "EPSG:32650");

        var error = Assert.Throws<PopulationImportException>(() => GeoTiffGrid.Open(tif));

        Assert.Contains("EPSG:32650 不受支持", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_GridWithoutCrs_IsRefused()
    {
        var tif = grids.Make("nocrs", 114.2, 30.5, 0.01, [[1, 2], [3, 4]]);

        var error = Assert.Throws<PopulationImportException>(() => GeoTiffGrid.Open(tif));

        Assert.Contains("坐标系", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotATiff_IsRefused()
    {
        var path = Path.Combine(grids.Directory, "fake.tif");
        File.WriteAllText(path, "not a tiff");

        var error = Assert.Throws<PopulationImportException>(() => GeoTiffGrid.Open(path));

        Assert.Contains("fake.tif 无法作为 TIFF 文件读取", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_NegativeValueThatIsNotNodata_IsRefusedNamingTheCell()
    {
        var tif = grids.Make("negative", 520000, 3380000, 1000, [[1, -5], [3, 4]], "-a_srs", "EPSG:4547", "-a_nodata", "-9999");

        var error = Assert.Throws<PopulationImportException>(() => Aggregate(tif));

        Assert.Contains("第 1 行第 2 列的像元值 -5", error.Message, StringComparison.Ordinal);
    }

    private static PopulationGridResult Aggregate(string tif)
    {
        var plan = ContractPlan.Create();
        var square = ContractPlan.Wkt("POLYGON ((520000 3380000, 521000 3380000, 521000 3381000, 520000 3381000, 520000 3380000))");
        plan = plan with { Communities = plan.Communities.Select((c, i) => i == 0 ? c with { Area = square, Location = (NetTopologySuite.Geometries.Point)square.InteriorPoint } : c).ToArray() };
        using var grid = GeoTiffGrid.Open(tif);
        return PopulationGridImport.Aggregate(plan, grid, Path.GetFileName(tif), "WorldPop", 2020, CancellationToken.None);
    }

    private static List<double[]> Rows(GeoTiffGrid grid)
    {
        var rows = new List<double[]>();
        grid.ForEachRow((_, values) => rows.Add(values.ToArray()));
        return rows;
    }
}
