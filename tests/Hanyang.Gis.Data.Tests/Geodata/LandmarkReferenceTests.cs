using System.Text.Json;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Geodata;

/// <summary>
/// The bundled dataset says only what its sources support, checked against the Wikidata coordinates in
/// geodata/reference/landmarks-wikidata.geojson (CC0): the zones hold the places the plan names for them, their
/// edges are not rectangles, and a named facility no reference places is labelled synthetic (示意).
/// </summary>
public sealed class LandmarkReferenceTests
{
    /// <summary>How far a named facility may lie from the reference that places it, beyond the reference's own resolution.</summary>
    private const double SupportMeters = 300;

    private static readonly Lazy<Dictionary<string, (Point At, double HalfRangeMeters, string Wikidata)>> Landmarks = new(ReadLandmarks);

    [Theory]
    [InlineData("qintai", "古琴台")]
    [InlineData("qintai", "武汉琴台音乐厅")]
    [InlineData("qintai", "Wuhan Art Museum")]
    [InlineData("zhongjiacun", "归元寺")]
    public void Zone_HoldsThePlaceThePlanNamesForIt(string zone, string place)
    {
        var area = Zone(zone).Area;

        Assert.True(area.Contains(Landmarks.Value[place].At), $"{place} ({Landmarks.Value[place].Wikidata}) lies {area.Distance(Landmarks.Value[place].At):0} m outside zone {zone}");
        foreach (var other in BundledGeodata.Plan.Zones.Where(z => z.Id.Value != zone))
        {
            Assert.False(other.Area.Contains(Landmarks.Value[place].At), $"{place} lies in zone {other.Id} too");
        }
    }

    [Fact]
    public void QintaiZone_HoldsYueLake()
    {
        var lake = Assert.Single(BundledGeodata.Plan.Water, w => w.Name == "月湖").Area;

        var inside = lake.Intersection(Zone("qintai").Area).Area / lake.Area;

        Assert.True(inside > 0.99, $"only {inside:P1} of 月湖 lies in the 琴台 zone");
    }

    [Fact]
    public void Zones_AreNotRectangles()
    {
        foreach (var zone in BundledGeodata.Plan.Zones)
        {
            var vertices = zone.Area.NumPoints;
            var fill = zone.Area.Area / zone.Area.Envelope.Area;
            Assert.True(vertices > 40, $"zone {zone.Id} has {vertices} vertices: edges along roads and water have many");
            Assert.True(fill < 0.9, $"zone {zone.Id} fills {fill:P0} of its bounding box: it is drawn as a rectangle");
        }
    }

    [Fact]
    public void NamedFacilities_BeyondTheirReference_AreNotLabelledBetterThanSynthetic()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundledGeodata.Directory, "facilities.geojson")));
        var references = file.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null);
        var named = BundledGeodata.Plan.Facilities.Where(f => !f.Name.Contains("示意", StringComparison.Ordinal) && !f.Name.EndsWith("社区卫生服务中心", StringComparison.Ordinal)).ToList();
        Assert.True(named.Count >= 20, $"only {named.Count} named facilities");

        var checkedAgainstReference = 0;
        foreach (var facility in named)
        {
            var reference = references[facility.Id.Value];
            if (reference is null)
            {
                Assert.True(facility.Provenance.Accuracy == Accuracy.Synthetic, $"{facility.Name}: no reference places it, yet it is labelled {facility.Provenance.Accuracy}");
                Assert.Contains("示意", facility.Provenance.Source, StringComparison.Ordinal);
                continue;
            }

            var landmark = Assert.Single(Landmarks.Value.Values, l => "wikidata:" + l.Wikidata == reference);
            var distance = facility.Location.Distance(landmark.At);
            Assert.True(distance <= SupportMeters + landmark.HalfRangeMeters, $"{facility.Name} lies {distance:0} m from {reference}, beyond {SupportMeters + landmark.HalfRangeMeters:0} m, yet it is labelled {facility.Provenance.Accuracy}");
            checkedAgainstReference++;
        }

        Assert.True(checkedAgainstReference >= 1, "no named facility is checked against a reference");
    }

    private static PlanningZone Zone(string id) => Assert.Single(BundledGeodata.Plan.Zones, z => z.Id.Value == id);

    private static Dictionary<string, (Point, double, string)> ReadLandmarks()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundledGeodata.ReferenceDirectory, "landmarks-wikidata.geojson")));
        var result = new Dictionary<string, (Point, double, string)>(StringComparer.Ordinal);
        foreach (var feature in file.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            var (x, y) = SourceCrs.Wgs84.ConvertPosition(coordinates[0].GetDouble(), coordinates[1].GetDouble(), Srid.Internal);
            result[properties.GetProperty("name").GetString()!] = (
                GeometryFactories.Internal.CreatePoint(new Coordinate(x, y)),
                properties.GetProperty("coordinate_half_range_m").GetDouble(),
                properties.GetProperty("wikidata").GetString()!);
        }

        return result;
    }
}
