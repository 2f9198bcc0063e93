using System.Text.Json;
using Hanyang.Gis.Server.Edits;

namespace Hanyang.Gis.Server.Http;

/// <summary>
/// A JSON request body, parsed and checked once: not JSON is a 400 naming the position, and a string or
/// property name holding NUL (U+0000, which PostgreSQL text cannot store) is a 400 naming its JSON path —
/// before any of it is looked at, so both stores refuse the same bodies.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The root element of <paramref name="body"/>.</summary>
    /// <exception cref="RequestProblem">400: not JSON, nested deeper than 64, or holding a NUL.</exception>
    public static JsonElement Parse(byte[] body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body, Options).RootElement;
        }
        catch (JsonException e)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "the body is not JSON", $"body: not JSON ({e.Message})");
        }

        if (FindNul(root, "$") is { } path)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "the body holds a NUL character", $"{path}: contains the character U+0000 (NUL); text holds no NUL characters");
        }

        return root;
    }

    /// <summary>The JSON path of the first string or property name holding U+0000; null when there is none.</summary>
    private static string? FindNul(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString()!.Contains('\0', StringComparison.Ordinal) ? path : null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Contains('\0', StringComparison.Ordinal))
                    {
                        return path;
                    }

                    if (FindNul(property.Value, $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindNul(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A property's text when it is a JSON string; null when absent, null or another type.</summary>
    public static string? StringOrNull(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>How a JSON value is described in messages: its kind and (short) text.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the text \"{QueryReader.Shown(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {QueryReader.Shown(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
