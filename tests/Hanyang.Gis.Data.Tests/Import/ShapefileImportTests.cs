using System.Text;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import;

public sealed class ShapefileImportTests : IDisposable
{
    private readonly ImportFiles files = new();

    public void Dispose() => files.Dispose();

    private static Dictionary<string, object> Attributes(string name, int capacity) => new() { ["NAME"] = name, ["CAPACITY"] = capacity };

    [Fact]
    public void Read_ShapefileWithEsriWgs84Prj_ImportsPointsAndAttributes()
    {
        var path = files.Shapefile("schools.shp", EsriPrj.Wgs84, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("钟家村小学", 1200)));

        var result = Accepted(Read(path));

        var feature = Assert.Single(result.Layer.Features);
        Near(new Coordinate(525465.0662, 3381136.9505), feature.Geometry.Coordinate, 0.01);
        Assert.Equal("钟家村小学", feature.Attributes["NAME"]);
        Assert.Equal(1200L, feature.Attributes["CAPACITY"]);
        Assert.Equal("wgs84", result.Layer.SourceCrs);
    }

    [Fact]
    public void Read_PolygonShapefileInEpsg4547_KeepsTheMetres()
    {
        var square = GeometryFactories.FromWkt("POLYGON ((525000 3381000, 525000 3381500, 525500 3381500, 525500 3381000, 525000 3381000))", Srid.Internal);
        var path = files.Shapefile("plots.shp", EsriPrj.Cgcs2000GkCm114E, (square, Attributes("plot", 1)));

        var result = Accepted(Read(path));

        var polygon = Assert.Single(result.Layer.Features).Geometry;
        Assert.Equal(250_000, polygon.Area, 6);
        Assert.Equal("epsg:4547", result.Layer.SourceCrs);
    }

    [Fact]
    public void Read_ShapefileWithUnreadablePrj_IsRefusedNamingThePrj()
    {
        var path = files.Shapefile("parcels.shp", "GEOGCS[\"broken\",DATUM[", (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));

        var problem = SingleProblem(Read(path), "parcels.prj", "not readable");

        Assert.Equal("parcels.prj", problem.File);
    }

    [Fact]
    public void Read_ShapefileWithUnknownPrj_IsRefusedEvenWithCrsOption()
    {
        var path = files.Shapefile("parcels.shp", EsriPrj.Xian1980, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));

        SingleProblem(Read(path, SourceCrs.Wgs84), "parcels.prj", "cannot identify", "GCS_Xian_1980");
    }

    [Fact]
    public void Read_ShapefileWithoutDbf_IsRefusedNamingTheDbf()
    {
        var path = files.Shapefile("parcels.shp", EsriPrj.Wgs84, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));
        File.Delete(Path.ChangeExtension(path, ".dbf"));

        var problem = SingleProblem(Read(path), "parcels.dbf is missing");

        Assert.Equal("parcels.dbf", problem.File);
    }

    [Fact]
    public void Read_ShapefileWithoutPrj_IsRefusedWithoutCrsAndAcceptedWithIt()
    {
        var path = files.Shapefile("parcels.shp", null, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));

        SingleProblem(Read(path), "parcels.shp", "no parcels.prj", "--crs");
        Assert.Equal("cgcs2000", Accepted(Read(path, SourceCrs.Cgcs2000)).Layer.SourceCrs);
    }

    [Fact]
    public void Read_PrjContradictedByCrsOption_IsRefused()
    {
        var path = files.Shapefile("parcels.shp", EsriPrj.Wgs84, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));

        SingleProblem(Read(path, SourceCrs.Gcj02), "parcels.prj declares wgs84 but --crs gcj02 was given", "remove the declaration");
    }

    [Fact]
    public void Read_ShapefileFarOutsideThePlanCrsArea_IsRefusedPerFeature()
    {
        var path = files.Shapefile(
            "wide.shp",
            EsriPrj.Wgs84,
            (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("in", 1)),
            (ImportFiles.Wgs84("POINT (121.47 31.23)"), Attributes("shanghai", 2)));

        SingleProblem(Read(path), "wide.shp feature 2", "central meridian 114°E");
    }

    [Fact]
    public void Read_GbkShapefileWithCpg_DecodesChineseNames()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(files.Root, "gbk.shp");
        var feature = new Feature(ImportFiles.Wgs84("POINT (114.2654 30.5502)"), new AttributesTable { { "NAME", "钟家村小学" } });
        Shapefile.WriteAllFeatures([feature], path, EsriPrj.Wgs84, Encoding.GetEncoding(936));
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "CP936");

        var result = Accepted(Read(path));

        Assert.Equal("钟家村小学", result.Layer.Features[0].Attributes["NAME"]);
    }

    [Fact]
    public void Read_CpgNamingAnUnknownEncoding_IsRefusedNamingTheCpg()
    {
        var path = files.Shapefile("parcels.shp", EsriPrj.Wgs84, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "KLINGON-1");

        SingleProblem(Read(path), "parcels.cpg", "KLINGON-1");
    }

    [Fact]
    public void Read_ShapefileLargerThanTheLimit_IsRefused()
    {
        var path = files.Shapefile("parcels.shp", EsriPrj.Wgs84, (ImportFiles.Wgs84("POINT (114.2654 30.5502)"), Attributes("a", 1)));

        SingleProblem(Read(path, limits: new Data.Import.ImportLimits(MaxFileBytes: 100, MaxFeatures: 10)), "parcels.shp", "larger than the limit");
    }
}
