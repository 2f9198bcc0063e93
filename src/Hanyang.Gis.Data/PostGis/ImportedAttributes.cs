using System.Globalization;
using System.Text.Json;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// An imported feature's attributes as a jsonb object and back, keeping their .NET types (string, long,
/// double, bool, null): JSON writes 3.0 as 3, so the names of double-valued attributes travel beside it.
/// </summary>
internal static class ImportedAttributes
{
    public static (string Json, List<string> DoubleNames) Write(IReadOnlyDictionary<string, object?> attributes)
    {
        var doubles = new List<string>();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in attributes)
            {
                writer.WritePropertyName(name);
                switch (value)
                {
                    case null: writer.WriteNullValue(); break;
                    case string s: writer.WriteStringValue(s); break;
                    case bool b: writer.WriteBooleanValue(b); break;
                    case double d: writer.WriteNumberValue(d); doubles.Add(name); break;
                    case float f: writer.WriteNumberValue((double)f); doubles.Add(name); break;
                    case long or int or short or byte: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
                    default: throw new ArgumentException($"attribute '{name}': a {value.GetType().Name} cannot be stored; attributes are strings, integers, doubles, booleans or null", nameof(attributes));
                }
            }

            writer.WriteEndObject();
        }

        return (System.Text.Encoding.UTF8.GetString(stream.ToArray()), doubles);
    }

    public static Dictionary<string, object?> Read(string json, IReadOnlyCollection<string> doubleNames)
    {
        using var document = JsonDocument.Parse(json);
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            attributes[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when doubleNames.Contains(property.Name) => property.Value.GetDouble(),
                JsonValueKind.Number => property.Value.GetInt64(),
                var kind => throw new InvalidOperationException($"attribute '{property.Name}' holds a JSON {kind}; imported attributes are scalars"),
            };
        }

        return attributes;
    }
}
