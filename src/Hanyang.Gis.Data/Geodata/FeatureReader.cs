using System.Text.Json;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>
/// Typed access to one feature's properties. A missing or wrongly typed value records a problem that
/// names the feature and the property, and returns a placeholder so that reading can go on and every
/// problem of the file is reported at once; the caller discards the feature when any was recorded.
/// </summary>
internal sealed class FeatureReader(string file, FeatureRecord feature, List<GeodataProblem> problems)
{
    private int problemCount;

    /// <summary>True when no problem has been recorded for this feature.</summary>
    public bool Ok => problemCount == 0;

    public FeatureRecord Feature => feature;

    public void Problem(string reason)
    {
        problemCount++;
        problems.Add(new GeodataProblem(file, feature.Index, feature.Id, reason));
    }

    public string String(string name)
    {
        if (TryGet(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!;
        }

        Problem(Describe(name, "a non-empty text", value));
        return string.Empty;
    }

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Problem(Describe(name, "a text or null", value));
        return null;
    }

    public int Int(string name, int minimum = int.MinValue)
    {
        if (TryGet(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            if (number >= minimum)
            {
                return number;
            }

            Problem($"{name}: {number} is below the minimum {minimum}");
            return minimum;
        }

        Problem(Describe(name, "a whole number", value));
        return 0;
    }

    public int? OptionalInt(string name, int minimum = int.MinValue)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Int(name, minimum);
    }

    public double? OptionalDouble(string name)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        Problem(Describe(name, "a number or null", value));
        return null;
    }

    public bool Bool(string name)
    {
        if (TryGet(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(Describe(name, "true or false", value));
        return false;
    }

    public bool OptionalBool(string name, bool fallback)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return Bool(name);
    }

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = String(name);
        if (text.Length == 0)
        {
            return default;
        }

        if (Identifiers.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Problem($"{name}: '{text}' is not a known {typeof(TEnum).Name}; expected one of: {string.Join(", ", Identifiers.All<TEnum>())}");
        return default;
    }

    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (Identifiers.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Problem($"{name}: '{text}' is not a known {typeof(TEnum).Name}; expected one of: {string.Join(", ", Identifiers.All<TEnum>())} or null");
        return null;
    }

    public IReadOnlyList<string> StringArray(string name, bool required)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem($"{name}: missing; expected an array of texts");
            }

            return [];
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
        {
            return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
        }

        Problem(Describe(name, "an array of texts", value));
        return [];
    }

    public IReadOnlyList<TEnum> EnumArray<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var text in StringArray(name, required: true))
        {
            if (Identifiers.TryParse<TEnum>(text, out var value))
            {
                result.Add(value);
            }
            else
            {
                Problem($"{name}: '{text}' is not a known {typeof(TEnum).Name}; expected one of: {string.Join(", ", Identifiers.All<TEnum>())}");
            }
        }

        if (result.Count == 0 && Ok)
        {
            Problem($"{name}: the array is empty");
        }

        return result;
    }

    public Provenance Provenance() => new(Enum<Accuracy>("accuracy"), String("source"));

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return feature.Properties.ValueKind == JsonValueKind.Object && feature.Properties.TryGetProperty(name, out value);
    }

    private static string Describe(string name, string expected, JsonElement value) =>
        value.ValueKind == JsonValueKind.Undefined
            ? $"{name}: missing; expected {expected}"
            : $"{name}: expected {expected}, found {GeoJson.GeoJsonGeometryReader.Describe(value)}";
}
