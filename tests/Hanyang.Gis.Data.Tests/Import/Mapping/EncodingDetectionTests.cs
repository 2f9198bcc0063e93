using System.Text;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Features;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import.Mapping;

/// <summary>Shapefiles and CSV files in GBK/GB18030 without a .cpg, as Chinese Windows writes them, and the .cpg honoured when there is one.</summary>
public sealed class EncodingDetectionTests : IDisposable
{
    private readonly ImportFiles files = new();

    static EncodingDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => files.Dispose();

    private static Encoding Gb18030 => Encoding.GetEncoding(54936);

    [Fact]
    public void Read_Gb18030ShapefileWithChineseFieldNamesAndNoCpg_DecodesNamesAndValues()
    {
        var path = WriteShapefile("道路.shp", Gb18030, new() { ["道路名称"] = "汉阳大道", ["道路等级"] = "快速路" });
        File.Delete(Path.ChangeExtension(path, ".cpg"));

        var feature = Assert.Single(Accepted(Read(path)).Layer.Features);

        Assert.Equal("汉阳大道", feature.Attributes["道路名称"]);
        Assert.Equal("快速路", feature.Attributes["道路等级"]);
    }

    [Fact]
    public void Read_Utf8ShapefileWithoutCpg_StaysUtf8()
    {
        var path = WriteShapefile("schools.shp", Encoding.UTF8, new() { ["NAME"] = "钟家村小学" });
        File.Delete(Path.ChangeExtension(path, ".cpg"));

        Assert.Equal("钟家村小学", Assert.Single(Accepted(Read(path)).Layer.Features).Attributes["NAME"]);
    }

    [Fact]
    public void Read_ShapefileWhoseCpgSaysGbk_IsDecodedAsTheCpgSays()
    {
        var path = WriteShapefile("roads.shp", Gb18030, new() { ["NAME"] = "鹦鹉大道" });
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "GBK");

        Assert.Equal("鹦鹉大道", Assert.Single(Accepted(Read(path)).Layer.Features).Attributes["NAME"]);
    }

    [Fact]
    public void Read_CsvWrittenInGbkWithoutCpg_DecodesTheChineseHeaderAndCells()
    {
        var path = Path.Combine(files.Root, "学校.csv");
        File.WriteAllText(path, "名称,lon,lat\n钟家村小学,114.2654,30.5502\n", Encoding.GetEncoding(936));

        var feature = Assert.Single(Accepted(Read(path, SourceCrs.Wgs84)).Layer.Features);

        Assert.Equal("钟家村小学", feature.Attributes["名称"]);
    }

    [Fact]
    public void Read_CsvWithCpgNamingAnUnknownEncoding_IsRefusedNamingTheCpg()
    {
        var path = files.Text("schools.csv", "name,lon,lat\na,114.2654,30.5502\n");
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "EBCDIC-XYZ");

        SingleProblem(Read(path, SourceCrs.Wgs84), "schools.cpg", "EBCDIC-XYZ");
    }

    private string WriteShapefile(string name, Encoding encoding, Dictionary<string, object> attributes)
    {
        var path = Path.Combine(files.Root, name);
        var feature = new Feature(ImportFiles.Wgs84("POINT (114.2654 30.5502)"), new AttributesTable(attributes));
        NetTopologySuite.IO.Esri.Shapefile.WriteAllFeatures([feature], path, EsriPrj.Wgs84, encoding);
        return path;
    }
}
