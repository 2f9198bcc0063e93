using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// Reads a mapping file (JSON, UTF-8; Chinese column names welcome). Every problem names its JSON path
/// ("$.values.类型.小学: expected text, found a number"), and all are reported at once:
/// <code>
/// { "layer": "facilities", "crs": "gcj02", "sheet": "学校",
///   "geometry": { "lon": "经度", "lat": "纬度" },            // or { "location": "坐标" } or { "wkt": "WKT" }
///   "fields": { "id": "编号", "name": "名称", "kind": "类型", "capacity": ["学位数", "规模"] },
///   "constants": { "status": "existing" },
///   "values": { "类型": { "小学": "primary-school", "初中": "junior-middle-school" } },
///   "required": ["capacity"], "unmapped": "error" }
/// </code>
/// A field's source is a column name or a list of names (the first the file has is used). A value map is
/// keyed by a source column or by the property; its keys are compared after trimming.
/// </summary>
public static class ImportMappingReader
{
    private static readonly string[] Members = ["layer", "crs", "sheet", "geometry", "fields", "constants", "values", "required", "unmapped"];
    private static readonly string[] GeometryMembers = ["lon", "lat", "location", "wkt"];
    private const long MaxBytes = 1024 * 1024;

    /// <summary>Reads the mapping file at <paramref name="path"/>; the mapping is null when any problem was found.</summary>
    public static (ImportMapping? Mapping, IReadOnlyList<ImportProblem> Problems) Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return (null, [new ImportProblem(file, null, $"the mapping file does not exist (looked for {Path.GetFullPath(path)})")]);
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            return (null, [new ImportProblem(file, null, "the mapping file is larger than 1 MB; a mapping names columns and values, it does not hold data")]);
        }

        return Parse(File.ReadAllText(path), file);
    }

    /// <summary>Reads mapping JSON text; <paramref name="file"/> names it in messages.</summary>
    public static (ImportMapping? Mapping, IReadOnlyList<ImportProblem> Problems) Parse(string json, string file)
    {
        var problems = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var mapping = Parse(document.RootElement, file, problems);
            return (problems.Count == 0 ? mapping : null, problems.Select(p => new ImportProblem(file, null, p)).ToList());
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {e.BytePositionInLine + 1}") : string.Empty;
            return (null, [new ImportProblem(file, null, $"is not valid JSON{where}: {e.Message.Split(" Path:", 2)[0]}")]);
        }
    }

    private static ImportMapping? Parse(JsonElement root, string file, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$: expected an object with {string.Join(", ", Members)}, found {Describe(root)}");
            return null;
        }

        foreach (var member in root.EnumerateObject().Where(m => !Members.Contains(m.Name, StringComparer.Ordinal)))
        {
            problems.Add($"$.{member.Name}: not a member of a mapping; expected {string.Join(", ", Members)}");
        }

        var layer = OptionalText(root, "layer", "$.layer", problems);
        var crs = Crs(root, problems);
        var sheet = OptionalText(root, "sheet", "$.sheet", problems);
        var coordinates = Coordinates(root, problems);
        var fields = Fields(root, problems);
        var constants = Constants(root, problems);
        AttachValues(root, fields, problems);
        var required = Required(root, fields, constants, problems);
        var unmapped = Unmapped(root, problems);
        if (fields.Count == 0 && constants.Count == 0 && !root.TryGetProperty("fields", out _))
        {
            problems.Add("$.fields: missing; name which column holds which property, e.g. \"fields\": { \"name\": \"名称\" }");
        }

        return new ImportMapping(file, layer, crs, sheet, coordinates, fields, constants, required, unmapped);
    }

    private static SourceCrs? Crs(JsonElement root, List<string> problems)
    {
        var text = OptionalText(root, "crs", "$.crs", problems);
        if (text is null || text.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return SourceCrs.Parse(text);
        }
        catch (FormatException e)
        {
            problems.Add($"$.crs: {e.Message}, or \"file\" to take it from the file (.prj)");
            return null;
        }
    }

    private static CoordinateColumns? Coordinates(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("geometry", out var geometry))
        {
            return null;
        }

        if (geometry.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$.geometry: expected an object such as {{ \"lon\": \"经度\", \"lat\": \"纬度\" }}, {{ \"location\": \"坐标\" }} or {{ \"wkt\": \"WKT\" }}, found {Describe(geometry)}");
            return null;
        }

        foreach (var member in geometry.EnumerateObject().Where(m => !GeometryMembers.Contains(m.Name, StringComparer.Ordinal)))
        {
            problems.Add($"$.geometry.{member.Name}: not understood; expected {string.Join(", ", GeometryMembers)}");
        }

        var names = GeometryMembers.ToDictionary(m => m, m => geometry.TryGetProperty(m, out var value) ? Sources(value, $"$.geometry.{m}", problems) : []);
        if (names["lon"].Count > 0 != names["lat"].Count > 0)
        {
            problems.Add($"$.geometry: {(names["lon"].Count > 0 ? "lon" : "lat")} is given without {(names["lon"].Count > 0 ? "lat" : "lon")}; name both columns");
        }

        if (names.Values.All(n => n.Count == 0))
        {
            problems.Add("$.geometry: names no column; give lon and lat, location or wkt");
        }

        return new CoordinateColumns(names["lon"], names["lat"], names["location"], names["wkt"], "$.geometry");
    }

    private static List<FieldMapping> Fields(JsonElement root, List<string> problems)
    {
        var fields = new List<FieldMapping>();
        if (!root.TryGetProperty("fields", out var element))
        {
            return fields;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$.fields: expected an object of property → column, e.g. {{ \"name\": \"名称\" }}, found {Describe(element)}");
            return fields;
        }

        foreach (var member in element.EnumerateObject())
        {
            var path = $"$.fields.{member.Name}";
            if (TargetProblem(member.Name) is { } problem)
            {
                problems.Add($"{path}: {problem}");
                continue;
            }

            var sources = Sources(member.Value, path, problems);
            if (sources.Count > 0)
            {
                fields.Add(new FieldMapping(member.Name, sources, path));
            }
        }

        return fields;
    }

    private static Dictionary<string, string> Constants(JsonElement root, List<string> problems)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("constants", out var element))
        {
            return constants;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$.constants: expected an object of property → value, e.g. {{ \"kind\": \"primary-school\" }}, found {Describe(element)}");
            return constants;
        }

        foreach (var member in element.EnumerateObject())
        {
            var path = $"$.constants.{member.Name}";
            if (TargetProblem(member.Name) is { } problem)
            {
                problems.Add($"{path}: {problem}");
            }
            else if (Scalar(member.Value) is { } value)
            {
                constants[member.Name] = value;
            }
            else
            {
                problems.Add($"{path}: expected text or a number, found {Describe(member.Value)}");
            }
        }

        return constants;
    }

    private static void AttachValues(JsonElement root, List<FieldMapping> fields, List<string> problems)
    {
        if (!root.TryGetProperty("values", out var element))
        {
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$.values: expected an object of column → {{ value → value }}, e.g. {{ \"道路等级\": {{ \"快速路\": \"expressway\" }} }}, found {Describe(element)}");
            return;
        }

        foreach (var member in element.EnumerateObject())
        {
            var path = $"$.values.{member.Name}";
            var index = fields.FindIndex(f => f.Sources.Contains(member.Name, StringComparer.OrdinalIgnoreCase) || f.Target == member.Name);
            if (index < 0)
            {
                problems.Add($"{path}: '{member.Name}' is neither a column named in $.fields nor a property mapped there");
                continue;
            }

            if (member.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: expected an object of file value → value, found {Describe(member.Value)}");
                continue;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in member.Value.EnumerateObject())
            {
                if (Scalar(entry.Value) is { } value)
                {
                    map[entry.Name.Trim()] = value;
                }
                else
                {
                    problems.Add($"{path}.{entry.Name}: expected text or a number, found {Describe(entry.Value)}");
                }
            }

            if (fields[index].Values is not null)
            {
                problems.Add($"{path}: {fields[index].Path} already has a value map; give one per column");
                continue;
            }

            fields[index] = fields[index] with { Values = map, ValuesPath = path };
        }
    }

    private static List<string> Required(JsonElement root, List<FieldMapping> fields, Dictionary<string, string> constants, List<string> problems)
    {
        var required = new List<string>();
        if (!root.TryGetProperty("required", out var element))
        {
            return required;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"$.required: expected a list of properties, e.g. [\"name\", \"capacity\"], found {Describe(element)}");
            return required;
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.required[{i++}]");
            if (item.ValueKind != JsonValueKind.String)
            {
                problems.Add($"{path}: expected a property name, found {Describe(item)}");
            }
            else if (!fields.Any(f => f.Target == item.GetString()) && !constants.ContainsKey(item.GetString()!))
            {
                problems.Add($"{path}: '{item.GetString()}' is not mapped in $.fields");
            }
            else
            {
                required.Add(item.GetString()!);
            }
        }

        return required;
    }

    private static UnmappedValues Unmapped(JsonElement root, List<string> problems)
    {
        var text = OptionalText(root, "unmapped", "$.unmapped", problems);
        switch (text)
        {
            case null or "error":
                return UnmappedValues.Error;
            case "skip":
                return UnmappedValues.Skip;
            default:
                problems.Add($"$.unmapped: '{text}' is not understood; expected \"error\" (refuse the import) or \"skip\" (leave such rows out, counted)");
                return UnmappedValues.Error;
        }
    }

    private static List<string> Sources(JsonElement value, string path, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } single)
        {
            return [single];
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0))
        {
            return value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToList();
        }

        problems.Add($"{path}: expected a column name, or a list of column names of which the first the file has is used, found {Describe(value)}");
        return [];
    }

    private static string? OptionalText(JsonElement root, string name, string path, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text)
        {
            return text;
        }

        problems.Add($"{path}: expected text, found {Describe(value)}");
        return null;
    }

    private static string? TargetProblem(string target) =>
        target.Length is > 0 and <= 64 && target.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? null
            : $"'{target}' is not a property name; use 1–64 ASCII letters, digits, '_' or '-' (the column names on the right may be Chinese)";

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text '{value.GetString()}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
