using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import;

public sealed class GeoPackageImportTests : IDisposable
{
    private const string Columns = "name TEXT, area_ha REAL, gates INTEGER, lit BOOLEAN";

    private readonly ImportFiles files = new();

    public void Dispose() => files.Dispose();

    private static Geometry Wgs84(string wkt)
    {
        var geometry = ImportFiles.Wgs84(wkt);
        geometry.SRID = Srid.Wgs84;
        return geometry;
    }

    [Fact]
    public void Read_GeoPackageInEpsg4326_ImportsGeometriesAndTypedAttributes()
    {
        var path = files.GeoPackage("parks.gpkg", 4326, "EPSG", 4326, CoordinateSystemWkt.Wgs84, Columns,
            (Wgs84("POINT (114.2654 30.5502)"), ["月湖公园", 12.5, 3L, 1L]),
            (Wgs84("POLYGON ((114.20 30.54, 114.21 30.54, 114.21 30.55, 114.20 30.54))"), ["琴台", 2L, null, 0L]));

        var result = Accepted(Read(path));

        Assert.Equal(2, result.Layer.Features.Count);
        var first = result.Layer.Features[0];
        Near(new Coordinate(525465.0662, 3381136.9505), first.Geometry.Coordinate, 0.01);
        Assert.Equal("月湖公园", first.Attributes["name"]);
        Assert.Equal(12.5, first.Attributes["area_ha"]);
        Assert.Equal(3L, first.Attributes["gates"]);
        Assert.Equal(true, first.Attributes["lit"]);
        Assert.Equal(2.0, result.Layer.Features[1].Attributes["area_ha"]);
        Assert.Equal("Polygon", result.Layer.Features[1].Geometry.GeometryType);
        Assert.Equal("wgs84", result.Layer.SourceCrs);
    }

    [Fact]
    public void Read_GeoPackageInEpsg4547_KeepsTheMetres()
    {
        var point = GeometryFactories.Internal.CreatePoint(new Coordinate(525465.0662, 3381136.9505));
        var path = files.GeoPackage("plots.gpkg", 4547, "EPSG", 4547, CoordinateSystemWkt.Cgcs2000GaussKruger114E, "name TEXT", (point, ["a"]));

        var result = Accepted(Read(path));

        Near(point.Coordinate, result.Layer.Features[0].Geometry.Coordinate, 1e-6);
        Assert.Equal("epsg:4547", result.Layer.SourceCrs);
    }

    [Fact]
    public void Read_GeoPackageWithCustomSrsId_IdentifiesTheDefinition()
    {
        var path = files.GeoPackage("esri.gpkg", 100001, "ESRI", 4490, EsriPrj.Cgcs2000, "name TEXT", (Wgs84("POINT (114.2654 30.5502)"), ["a"]));

        Assert.Equal("cgcs2000", Accepted(Read(path)).Layer.SourceCrs);
    }

    [Fact]
    public void Read_GeoPackageWithUndefinedSrs_IsRefusedWithoutCrsOption()
    {
        var path = files.GeoPackage("undefined.gpkg", 0, "NONE", 0, "undefined", "name TEXT", (Wgs84("POINT (114.2654 30.5502)"), ["a"]));

        SingleProblem(Read(path), "undefined.gpkg", "no defined coordinate system", "--crs");
        Assert.Equal("gcj02", Accepted(Read(path, SourceCrs.Gcj02)).Layer.SourceCrs);
    }

    [Fact]
    public void Read_GeoPackageSrsContradictedByOption_IsRefused()
    {
        var path = files.GeoPackage("parks.gpkg", 4326, "EPSG", 4326, CoordinateSystemWkt.Wgs84, "name TEXT", (Wgs84("POINT (114.2654 30.5502)"), ["a"]));

        SingleProblem(Read(path, SourceCrs.Parse("epsg:4547")), "gpkg_spatial_ref_sys (srs_id 4326) declares wgs84 but --crs epsg:4547");
    }

    [Fact]
    public void Read_GeoPackageWithUnsupportedSrs_IsRefused()
    {
        var path = files.GeoPackage("xian.gpkg", 4610, "EPSG", 4610, EsriPrj.Xian1980, "name TEXT", (Wgs84("POINT (114.2654 30.5502)"), ["a"]));

        SingleProblem(Read(path, SourceCrs.Wgs84), "xian.gpkg", "cannot identify");
    }

    [Fact]
    public void Read_IntegerColumnHoldingText_IsATypeMismatchNamingTheFid()
    {
        var path = files.GeoPackage("parks.gpkg", 4326, "EPSG", 4326, CoordinateSystemWkt.Wgs84, Columns,
            (Wgs84("POINT (114.2654 30.5502)"), ["a", 1.0, 3L, 1L]),
            (Wgs84("POINT (114.2655 30.5503)"), ["b", 1.0, "three", 1L]));

        SingleProblem(Read(path), "parks.gpkg feature 2 (fid 2)", "column 'gates' is declared INTEGER but holds the text 'three'");
    }

    [Fact]
    public void Read_FeatureWithoutGeometryAndAnInvalidPolygon_ReportsBoth()
    {
        var path = files.GeoPackage("parks.gpkg", 4326, "EPSG", 4326, CoordinateSystemWkt.Wgs84, "name TEXT",
            (null, ["nothing"]),
            (Wgs84("POLYGON ((114.20 30.54, 114.22 30.56, 114.22 30.54, 114.20 30.55, 114.20 30.54))"), ["bow tie"]));

        var problems = Read(path).Report.Problems;

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("has no geometry", problems[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("invalid geometry: Self-intersection", problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal([1, 2], problems.Select(p => p.Item!.Value.Number));
    }

    [Fact]
    public void Read_SqliteFileThatIsNotAGeoPackage_IsRefused()
    {
        var path = files.GeoPackage("parks.gpkg", 4326, "EPSG", 4326, CoordinateSystemWkt.Wgs84, "name TEXT");
        var other = Path.Combine(files.Root, "text.gpkg");
        File.WriteAllText(other, "this is not a database, just some text that is long enough to have a header");

        SingleProblem(Read(other), "text.gpkg", "cannot be read as a GeoPackage");
        SingleProblem(Read(path), "parks.gpkg", "no features");
    }
}
