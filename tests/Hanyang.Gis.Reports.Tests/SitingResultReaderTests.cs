using Hanyang.Gis.Reports.Siting;

namespace Hanyang.Gis.Reports.Tests;

public class SitingResultReaderTests
{
    [Fact]
    public void Parse_SiteCollection_ReadsPropertiesAndProjectsTo4547()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[114.2654,30.5502]},"properties":{"id":"c-7","name":"四新地块","kind":"primary-school","covered_population":9000,"gain_population":3100}}]}""";

        var site = Assert.Single(SitingResultReader.Parse(json, "sites.geojson"));

        Assert.Equal(("c-7", "四新地块", "primary-school", 9000L, 3100L), (site.Id, site.Name, site.Kind, site.CoveredPopulation, site.GainPopulation));
        Assert.Equal(525465.07, site.Location.X, 0.05);
        Assert.Equal(3381136.95, site.Location.Y, 0.05);
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[114.2,30.5]},"properties":{"id":"a","name":"b","kind":"park","covered_population":1}}]}""", "sites.geojson feature 0: property 'gain_population' must be a whole number ≥ 0")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[114.2,30.5],[114.3,30.5]]},"properties":{}}]}""", "sites.geojson feature 0: geometry must be a Point")]
    [InlineData("""{"type":"Feature"}""", "sites.geojson: expected a GeoJSON FeatureCollection")]
    public void Parse_BadInput_NamesTheFeatureAndTheProblem(string json, string message)
    {
        var e = Assert.Throws<FormatException>(() => SitingResultReader.Parse(json, "sites.geojson"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}
