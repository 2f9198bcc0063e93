using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.GeoJson;

/// <summary>
/// Rewrites a GeoJSON document from one CRS into another, position by position, keeping everything else
/// (properties, ids, foreign members, structure) exactly as it was. The output declares its CRS in a
/// "crs" member. Used for data that arrives in GCJ-02 (Amap, Tencent) or BD-09 (Baidu).
/// </summary>
public static class GeoJsonCrsConverter
{
    /// <summary>The "crs" name written for geographic WGS84 output.</summary>
    public const string Crs84 = "urn:ogc:def:crs:OGC:1.3:CRS84";

    /// <summary>Converts <paramref name="geoJson"/> (a FeatureCollection, Feature or geometry) and returns the new text.</summary>
    /// <param name="geoJson">The input text.</param>
    /// <param name="source">The CRS the input positions are in.</param>
    /// <param name="targetSrid">The SRID to write.</param>
    /// <param name="decimals">Decimal places kept: 7 (≈1 cm) suits degrees, 3 (1 mm) metres.</param>
    /// <exception cref="GeoJsonFormatException">The input is not JSON or a position is malformed.</exception>
    public static string Convert(string geoJson, SourceCrs source, int targetSrid, int decimals)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(geoJson);
        }
        catch (JsonException e)
        {
            throw new GeoJsonFormatException($"not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split(" Path:")[0]}");
        }

        if (root is not JsonObject document)
        {
            throw new GeoJsonFormatException("the document is not a JSON object");
        }

        _ = GeometryFactories.For(targetSrid);
        Walk(document, "$", source, targetSrid, decimals);
        document["crs"] = new JsonObject
        {
            ["type"] = "name",
            ["properties"] = new JsonObject { ["name"] = targetSrid == Srid.Wgs84 ? Crs84 : $"urn:ogc:def:crs:EPSG::{targetSrid}" },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Walk(JsonObject node, string path, SourceCrs source, int targetSrid, int decimals)
    {
        foreach (var (key, value) in node.ToArray())
        {
            switch (key)
            {
                case "properties":
                    continue;
                case "coordinates" when value is JsonArray coordinates:
                    node[key] = Positions(coordinates, $"{path}.coordinates", source, targetSrid, decimals);
                    break;
                case "bbox":
                    node.Remove(key); // would be stale after conversion
                    break;
                default:
                    if (value is JsonObject child)
                    {
                        Walk(child, $"{path}.{key}", source, targetSrid, decimals);
                    }
                    else if (value is JsonArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            if (array[i] is JsonObject item)
                            {
                                Walk(item, $"{path}.{key}[{i}]", source, targetSrid, decimals);
                            }
                        }
                    }

                    break;
            }
        }
    }

    private static JsonArray Positions(JsonArray array, string path, SourceCrs source, int targetSrid, int decimals)
    {
        if (array.Count >= 2 && array[0] is JsonValue && array[1] is JsonValue)
        {
            var x = Number(array[0], $"{path}[0]");
            var y = Number(array[1], $"{path}[1]");
            var (tx, ty) = source.ConvertPosition(x, y, targetSrid);
            var converted = new JsonArray(Math.Round(tx, decimals), Math.Round(ty, decimals));
            for (var i = 2; i < array.Count; i++)
            {
                converted.Add(array[i]?.DeepClone());
            }

            return converted;
        }

        var result = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(array[i] is JsonArray inner
                ? Positions(inner, $"{path}[{i}]", source, targetSrid, decimals)
                : throw new GeoJsonFormatException($"{path}[{i}]: expected a position or an array of positions"));
        }

        return result;
    }

    private static double Number(JsonNode? node, string path) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) && double.IsFinite(number)
            ? number
            : throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: expected a finite number, found {node?.ToJsonString() ?? "null"}"));
}
