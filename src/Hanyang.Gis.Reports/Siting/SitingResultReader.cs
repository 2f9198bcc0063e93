using System.Text.Json;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Reports.Siting;

/// <summary>
/// Reads the GeoJSON that <c>hanyang site</c> writes: a FeatureCollection of Points (RFC 7946, WGS84) with
/// properties <c>id</c>, <c>name</c>, <c>kind</c>, <c>covered_population</c> and <c>gain_population</c>.
/// </summary>
public static class SitingResultReader
{
    /// <summary>Parses <paramref name="geoJson"/>; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="FormatException">Not such a collection; the message names the feature and the property.</exception>
    public static IReadOnlyList<ChosenSite> Parse(string geoJson, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{source}: expected a GeoJSON FeatureCollection of chosen sites");
            }

            var sites = new List<ChosenSite>();
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                sites.Add(Site(feature, $"{source} feature {index++}"));
            }

            return sites;
        }
    }

    private static ChosenSite Site(JsonElement feature, string where)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var type) || type.GetString() != "Point"
            || !geometry.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array || c.GetArrayLength() < 2
            || c[0].ValueKind != JsonValueKind.Number || c[1].ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"{where}: geometry must be a Point [longitude, latitude]");
        }

        var (lon, lat) = (c[0].GetDouble(), c[1].GetDouble());
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new FormatException($"{where}: [{lon}, {lat}] is not a WGS84 longitude/latitude");
        }

        if (!feature.TryGetProperty("properties", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where}: properties are missing");
        }

        var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
        return new ChosenSite(Text(p, "id", where), Text(p, "name", where), Text(p, "kind", where), Count(p, "covered_population", where), Count(p, "gain_population", where),
            GeometryFactories.Internal.CreatePoint(new NetTopologySuite.Geometries.Coordinate(x, y)));
    }

    private static string Text(JsonElement properties, string name, string where) =>
        properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new FormatException($"{where}: property '{name}' must be a non-empty string");

    private static long Count(JsonElement properties, string name, string where) =>
        properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n >= 0
            ? n
            : throw new FormatException($"{where}: property '{name}' must be a whole number ≥ 0");
}
