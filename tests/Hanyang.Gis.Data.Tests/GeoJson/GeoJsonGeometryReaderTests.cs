using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.GeoJson;

public class GeoJsonGeometryReaderTests
{
    private static Geometry Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GeoJsonGeometryReader.Read(document.RootElement, GeometryFactories.Wgs84);
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[114.2,30.5]}""", "POINT (114.2 30.5)")]
    [InlineData("""{"type":"LineString","coordinates":[[114.2,30.5],[114.3,30.6,12.5]]}""", "LINESTRING (114.2 30.5, 114.3 30.6)")]
    [InlineData("""{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}""", "MULTIPOINT ((1 2), (3 4))")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}""", "POLYGON ((0 0, 1 0, 1 1, 0 0))")]
    [InlineData("""{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[2,2],[3,3]]]}""", "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}""", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}""", "GEOMETRYCOLLECTION (POINT (1 2))")]
    public void Read_EveryGeometryType_ReadsItInTheFactorysSrid(string json, string wkt)
    {
        var geometry = Read(json);

        Assert.Equal(wkt, geometry.AsText());
        Assert.Equal(Srid.Wgs84, geometry.SRID);
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[114.2]}""", "coordinates: expected a position [x, y], found an array of 1")]
    [InlineData("""{"type":"Point","coordinates":["114.2","30.5"]}""", "coordinates[0]: expected a number, found the text \"114.2\"")]
    [InlineData("""{"type":"LineString","coordinates":[[114.2,30.5]]}""", "coordinates: has 1 positions, at least 2 are needed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}""", "coordinates[0]: has 3 positions, at least 4 are needed")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "coordinates: a polygon needs at least an outer ring")]
    [InlineData("""{"type":"Circle","coordinates":[1,2]}""", "geometry: \"Circle\" is not a GeoJSON geometry type")]
    [InlineData("""{"coordinates":[1,2]}""", "geometry: has no \"type\"")]
    [InlineData("""{"type":"Point"}""", "geometry: a Point needs \"coordinates\"")]
    [InlineData("""[1,2]""", "geometry: expected an object, found an array of 2")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,6]]]]}""", "coordinates[1][0]: the ring is not closed (its first and last positions differ)")]
    public void Read_Malformed_ThrowsNamingTheJsonPath(string json, string message)
    {
        var error = Assert.Throws<GeoJsonFormatException>(() => Read(json));

        Assert.Equal(message, error.Message);
    }
}
