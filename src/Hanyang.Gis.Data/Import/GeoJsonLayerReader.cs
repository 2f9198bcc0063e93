using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Reads a GeoJSON FeatureCollection (or a single Feature). Positions are WGS84 (RFC 7946) unless a
/// legacy "crs" member names another CRS; properties become attributes.
/// </summary>
internal static class GeoJsonLayerReader
{
    private static readonly HashSet<string> Crs84Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84", "CRS84",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
    };

    private static readonly string[] EpsgPrefixes =
        ["urn:ogc:def:crs:EPSG::", "urn:ogc:def:crs:EPSG:", "EPSG:", "http://www.opengis.net/def/crs/EPSG/0/"];

    public static RawLayer Read(ImportContext context)
    {
        if (context.TooLarge(context.Path))
        {
            return RawLayer.Unreadable;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(context.Path), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            context.Problem(null, $"is not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {e.Message.Split(" Path:")[0]}");
            return RawLayer.Unreadable;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            JsonElement[] features;
            if (type == "FeatureCollection" && root.TryGetProperty("features", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                if (context.TooManyFeatures(array.GetArrayLength()))
                {
                    return RawLayer.Unreadable;
                }

                features = array.EnumerateArray().ToArray();
            }
            else if (type == "Feature")
            {
                features = [root];
            }
            else
            {
                context.Problem(null, "is not a GeoJSON FeatureCollection or Feature (its \"type\" must be \"FeatureCollection\" with a \"features\" array)");
                return RawLayer.Unreadable;
            }

            var declared = Declared(root, context, out var crsReadable);
            if (!crsReadable)
            {
                return RawLayer.Unreadable;
            }

            var read = new List<RawFeature>(features.Length);
            for (var i = 0; i < features.Length; i++)
            {
                read.Add(ReadFeature(features[i], i + 1, context));
                context.FeatureRead(i + 1);
            }

            context.Finished(read.Count);
            AttributeValues.CheckConsistent(read, context);
            return new RawLayer(declared, SourceCrs.Wgs84, string.Empty, read);
        }
    }

    private static DeclaredCrs? Declared(JsonElement root, ImportContext context, out bool readable)
    {
        readable = true;
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!
                : null;
        if (name is null)
        {
            context.Problem(null, "its \"crs\" member has no properties.name naming the coordinate system");
            readable = false;
            return null;
        }

        if (Crs84Names.Contains(name))
        {
            return new DeclaredCrs(SourceCrs.Wgs84, $"its \"crs\" member ({name})");
        }

        foreach (var prefix in EpsgPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var srid))
            {
                if (Srid.IsSupported(srid))
                {
                    return new DeclaredCrs(SourceCrs.FromSrid(srid), $"its \"crs\" member ({name})");
                }

                context.Problem(null, $"its \"crs\" member declares {Srid.Describe(srid)}, which is not supported; supported are {string.Join(", ", Srid.Supported.Select(Srid.Describe))}");
                readable = false;
                return null;
            }
        }

        context.Problem(null, $"its \"crs\" member names '{name}', a coordinate system this system cannot identify");
        readable = false;
        return null;
    }

    private static RawFeature ReadFeature(JsonElement feature, int number, ImportContext context)
    {
        var label = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? $"id {id}"
            : null;
        var item = ImportItem.Feature(number, label);
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var type) || type.GetString() != "Feature")
        {
            context.Problem(item, "is not a GeoJSON Feature (its \"type\" must be \"Feature\")");
            return new RawFeature(item, null, attributes);
        }

        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                attributes[property.Name] = Value(property.Value);
            }
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            context.Problem(item, "has no geometry");
            return new RawFeature(item, null, attributes);
        }

        try
        {
            return new RawFeature(item, GeoJsonGeometryReader.Read(geometry, GeometryFactories.Wgs84), attributes);
        }
        catch (GeoJsonFormatException e)
        {
            context.Problem(item, e.Message);
            return new RawFeature(item, null, attributes);
        }
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : (object)value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
