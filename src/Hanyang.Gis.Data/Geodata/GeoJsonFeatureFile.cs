using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Validation;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>
/// Reads a geodata GeoJSON FeatureCollection. The file must declare its CRS (CRS84 / EPSG:4326 are the only
/// ones accepted); each feature's geometry is read and guarded (finite, in range, valid). Problems are
/// recorded, not thrown, so that one report lists them all.
/// </summary>
internal static class GeoJsonFeatureFile
{
    /// <summary>Files larger than this are refused before parsing (the largest layer today is a few MB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly HashSet<string> AcceptedCrsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84", "CRS84",
        "EPSG:4326", "urn:ogc:def:crs:EPSG::4326",
    };

    public static IReadOnlyList<FeatureRecord> Read(string path, List<GeodataProblem> problems)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(new GeodataProblem(file, null, null, $"the file is missing (looked for {path})"));
            return [];
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            problems.Add(new GeodataProblem(file, null, null, $"the file is larger than {MaxBytes / (1024 * 1024)} MB"));
            return [];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            problems.Add(new GeodataProblem(file, null, null, $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {e.Message.Split(" Path:")[0]}"));
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection")
            {
                problems.Add(new GeodataProblem(file, null, null, "not a GeoJSON FeatureCollection (its \"type\" must be \"FeatureCollection\")"));
                return [];
            }

            if (CrsProblem(root) is { } crsProblem)
            {
                problems.Add(new GeodataProblem(file, null, null, crsProblem));
                return [];
            }

            if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new GeodataProblem(file, null, null, "has no \"features\" array"));
                return [];
            }

            return features.EnumerateArray().Select((f, i) => ReadFeature(file, i, f, problems)).ToArray();
        }
    }

    private static string? CrsProblem(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs))
        {
            return "declares no coordinate reference system; geodata files must carry \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}} so that a file in another CRS is never taken for WGS84";
        }

        var name = crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var n)
            && n.ValueKind == JsonValueKind.String
                ? n.GetString()
                : null;
        if (name is null)
        {
            return "its \"crs\" member has no properties.name";
        }

        return AcceptedCrsNames.Contains(name)
            ? null
            : $"is in the coordinate reference system '{name}'; geodata files must be WGS84 longitude/latitude (urn:ogc:def:crs:OGC:1.3:CRS84)";
    }

    private static FeatureRecord ReadFeature(string file, int index, JsonElement feature, List<GeodataProblem> problems)
    {
        var properties = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.Clone()
            : JsonDocument.Parse("{}").RootElement.Clone();
        var id = properties.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString()
            : feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("id", out var topId) && topId.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? topId.ToString()
                : null;

        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var type) || type.GetString() != "Feature")
        {
            problems.Add(new GeodataProblem(file, index, id, "not a GeoJSON Feature (its \"type\" must be \"Feature\")"));
            return new FeatureRecord(index, id, null, properties);
        }

        if (!feature.TryGetProperty("geometry", out var geometryElement) || geometryElement.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new GeodataProblem(file, index, id, "has no geometry"));
            return new FeatureRecord(index, id, null, properties);
        }

        try
        {
            var geometry = GeoJsonGeometryReader.Read(geometryElement, GeometryFactories.Wgs84);
            if (GeometryGuard.Find(geometry, Srid.Wgs84) is { } rejected)
            {
                problems.Add(new GeodataProblem(file, index, id, rejected.Reason));
                return new FeatureRecord(index, id, null, properties);
            }

            return new FeatureRecord(index, id, geometry, properties);
        }
        catch (GeoJsonFormatException e)
        {
            problems.Add(new GeodataProblem(file, index, id, e.Message));
            return new FeatureRecord(index, id, null, properties);
        }
    }
}
