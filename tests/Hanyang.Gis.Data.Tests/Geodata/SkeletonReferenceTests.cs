using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Hanyang.Gis.Data.Tests.Geodata;

/// <summary>
/// The 七横九纵 skeleton roads lie where OpenStreetMap has them: checked against the real reference in
/// geodata/reference (copied in with the ODbL attribution), wherever that reference covers the road.
/// </summary>
public sealed class SkeletonReferenceTests(ITestOutputHelper output)
{
    private const double MaxMeanMeters = 100;

    [Fact]
    public void SkeletonRoads_WhereOpenStreetMapHasThem_LieWithin100MetresOnAverage()
    {
        var path = Path.Combine(BundledGeodata.ReferenceDirectory, "osm-main-roads.geojson");
        Assert.True(File.Exists(path), $"the OpenStreetMap reference is missing: {path}");
        var reference = ReadReference(path);
        var skeleton = BundledGeodata.Plan.Roads.Where(r => r.IsSkeleton).GroupBy(r => r.Name).ToList();
        var compared = 0;
        foreach (var road in skeleton)
        {
            if (!reference.TryGetValue(road.Key, out var lines))
            {
                output.WriteLine($"{road.Key}: not in the reference (hand-digitised)");
                continue;
            }

            var covered = lines.Select(l => l.EnvelopeInternal).Aggregate((a, b) => { var e = a.Copy(); e.ExpandToInclude(b); return e; });
            covered.ExpandBy(200);
            var distances = road.SelectMany(r => Samples(r.Geometry, 50))
                .Where(p => covered.Contains(p))
                .Select(p => lines.Min(l => l.Distance(GeometryFactories.Internal.CreatePoint(p))))
                .ToList();
            if (distances.Count == 0)
            {
                continue;
            }

            compared++;
            var mean = distances.Average();
            output.WriteLine($"{road.Key}: {distances.Count} samples, mean {mean:0.0} m, max {distances.Max():0.0} m from OpenStreetMap");
            Assert.True(mean < MaxMeanMeters, $"{road.Key} lies {mean:0} m from OpenStreetMap on average");
        }

        Assert.True(compared >= 8, $"only {compared} skeleton roads could be compared");
    }

    private static IEnumerable<Coordinate> Samples(LineString line, double stepMeters)
    {
        var indexed = new NetTopologySuite.LinearReferencing.LengthIndexedLine(line);
        for (var d = 0.0; d <= line.Length; d += stepMeters)
        {
            yield return indexed.ExtractPoint(d);
        }
    }

    private static Dictionary<string, List<Geometry>> ReadReference(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, List<Geometry>>(StringComparer.Ordinal);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            if (feature.GetProperty("properties").TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                var wgs = GeoJsonGeometryReader.Read(feature.GetProperty("geometry"), GeometryFactories.Wgs84);
                (result.TryGetValue(name.GetString()!, out var list) ? list : result[name.GetString()!] = []).Add(Reprojector.Transform(wgs, Srid.Internal));
            }
        }

        return result;
    }
}
