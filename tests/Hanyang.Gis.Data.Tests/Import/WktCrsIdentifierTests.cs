using System.Text.RegularExpressions;
using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Tests.Import;

public partial class WktCrsIdentifierTests
{
    public static TheoryData<string, string> EsriPrjFiles => new()
    {
        { EsriPrj.Wgs84, "wgs84" },
        { EsriPrj.Cgcs2000, "cgcs2000" },
        { EsriPrj.Cgcs2000GkCm114E, "epsg:4547" },
        { EsriPrj.WebMercator, "epsg:3857" },
    };

    public static TheoryData<int> ShippedSrids => new() { 4326, 4490, 4547, 3857 };

    [Theory]
    [MemberData(nameof(EsriPrjFiles))]
    public void Identify_EsriPrjWithoutAuthority_RecognisesDatumAndProjection(string wkt, string expected)
    {
        var (crs, problem) = WktCrsIdentifier.Identify(wkt);

        Assert.Null(problem);
        Assert.Equal(expected, crs!.Name);
    }

    [Theory]
    [MemberData(nameof(ShippedSrids))]
    public void Identify_EpsgWkt_RecognisesItByAuthority(int srid)
    {
        var (crs, _) = WktCrsIdentifier.Identify(CoordinateSystemWkt.For(srid));

        Assert.Equal(srid, crs!.Srid);
    }

    [Theory]
    [MemberData(nameof(ShippedSrids))]
    public void Identify_EpsgWktWithoutItsAuthority_RecognisesItByParameters(int srid)
    {
        var stripped = RootAuthority().Replace(CoordinateSystemWkt.For(srid), "]");

        var (crs, problem) = WktCrsIdentifier.Identify(stripped);

        Assert.Null(problem);
        Assert.Equal(srid, crs!.Srid);
    }

    [Fact]
    public void Identify_Wkt2WithEpsgId_UsesTheId()
    {
        var (crs, _) = WktCrsIdentifier.Identify("""GEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563]],CS[ellipsoidal,2],ID["EPSG",4326]]""");

        Assert.Equal("wgs84", crs!.Name);
    }

    [Fact]
    public void Identify_ZonePrefixedGaussKruger_IsUnknownNotGuessed()
    {
        var (crs, problem) = WktCrsIdentifier.Identify(EsriPrj.Cgcs2000GkZone38);

        Assert.Null(crs);
        Assert.Contains("cannot identify", problem, StringComparison.Ordinal);
        Assert.Contains("CGCS2000_3_Degree_GK_Zone_38", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_OtherDatum_IsUnknown()
    {
        Assert.Null(WktCrsIdentifier.Identify(EsriPrj.Xian1980).Crs);
    }

    [Fact]
    public void Identify_UnsupportedEpsgAuthority_SaysWhichCode()
    {
        var (crs, problem) = WktCrsIdentifier.Identify("""GEOGCS["Beijing 1954",DATUM["Beijing_1954",SPHEROID["Krassowsky 1940",6378245,298.3]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4214"]]""");

        Assert.Null(crs);
        Assert.Contains("EPSG:4214", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_WgsDatumWithDatumShift_IsUnknown()
    {
        var shifted = EsriPrj.Wgs84.Replace("298.257223563]", "298.257223563],TOWGS84[-15,120,50,0,0,0,0]", StringComparison.Ordinal);

        Assert.Null(WktCrsIdentifier.Identify(shifted).Crs);
    }

    [Theory]
    [InlineData("not wkt at all")]
    [InlineData("GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"")]
    [InlineData("""GEOGCS["WGS 84"]] trailing""")]
    public void Identify_UnreadableText_SaysItIsNotReadable(string text)
    {
        var (crs, problem) = WktCrsIdentifier.Identify(text);

        Assert.Null(crs);
        Assert.Contains("not readable", problem, StringComparison.Ordinal);
    }

    [GeneratedRegex(""",AUTHORITY\["EPSG","\d+"\]\]$""")]
    private static partial Regex RootAuthority();
}
