using System.Globalization;
using System.Text.Json.Nodes;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Offsets;

namespace Hanyang.Gis.Data.Tests.GeoJson;

public class GeoJsonCrsConverterTests
{
    [Fact]
    public void Convert_Gcj02Collection_RemovesTheOffsetKeepsPropertiesAndDeclaresCrs84()
    {
        var truth = new LonLat(114.2654, 30.5502);
        var gcj = Gcj02.FromWgs84(truth);
        var input = string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":{"name":"晴川阁","coordinates":[1,2]},"geometry":{"type":"Point","coordinates":[{{{gcj.Lon:R}}},{{{gcj.Lat:R}}}]}}]}""");

        var output = JsonNode.Parse(GeoJsonCrsConverter.Convert(input, SourceCrs.Gcj02, Srid.Wgs84, 7))!;

        var feature = output["features"]![0]!;
        var position = feature["geometry"]!["coordinates"]!.AsArray();
        Assert.Equal(truth.Lon, position[0]!.GetValue<double>(), 1e-7);
        Assert.Equal(truth.Lat, position[1]!.GetValue<double>(), 1e-7);
        Assert.Equal("晴川阁", feature["properties"]!["name"]!.GetValue<string>());
        Assert.Equal("[1,2]", feature["properties"]!["coordinates"]!.ToJsonString()); // properties are never touched
        Assert.Equal(7, feature["id"]!.GetValue<int>());
        Assert.Equal(GeoJsonCrsConverter.Crs84, output["crs"]!["properties"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Convert_PolygonToGaussKruger_ConvertsEveryRingPosition()
    {
        const string input = """{"type":"Feature","properties":{},"bbox":[0,0,1,1],"geometry":{"type":"Polygon","coordinates":[[[114.26,30.55],[114.27,30.55],[114.27,30.56],[114.26,30.55]]]}}""";

        var output = JsonNode.Parse(GeoJsonCrsConverter.Convert(input, SourceCrs.Wgs84, Srid.Internal, 3))!;

        var ring = output["geometry"]!["coordinates"]![0]!.AsArray();
        Assert.Equal(4, ring.Count);
        Assert.All(ring, p => Assert.InRange(p![0]!.GetValue<double>(), 520_000, 530_000));
        Assert.Null(output["bbox"]);
        Assert.Equal("urn:ogc:def:crs:EPSG::4547", output["crs"]!["properties"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json", "not valid JSON at line 1")]
    [InlineData("""{"type":"Point","coordinates":["a","b"]}""", "$.coordinates[0]: expected a finite number")]
    [InlineData("[1]", "the document is not a JSON object")]
    public void Convert_Malformed_ThrowsWithTheReason(string input, string expected)
    {
        var error = Assert.Throws<GeoJsonFormatException>(() => GeoJsonCrsConverter.Convert(input, SourceCrs.Wgs84, Srid.Wgs84, 7));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
