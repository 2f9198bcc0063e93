using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.GeoJson;

/// <summary>
/// Reads an RFC 7946 geometry object into a NetTopologySuite geometry built by the given factory.
/// Checks structure only (types, nesting, numbers, closed rings, enough points); validity and ranges
/// are the geometry guards' job. Errors name the JSON path, e.g. "coordinates[0][3]: expected [x, y]".
/// </summary>
public static class GeoJsonGeometryReader
{
    /// <summary>Reads <paramref name="element"/> (a GeoJSON geometry object).</summary>
    /// <exception cref="GeoJsonFormatException">The object is not a well-formed GeoJSON geometry.</exception>
    public static Geometry Read(JsonElement element, GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new GeoJsonFormatException($"geometry: expected an object, found {Describe(element)}");
        }

        if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new GeoJsonFormatException("geometry: has no \"type\"");
        }

        var typeName = type.GetString();
        if (typeName == "GeometryCollection")
        {
            if (!element.TryGetProperty("geometries", out var members) || members.ValueKind != JsonValueKind.Array)
            {
                throw new GeoJsonFormatException("geometry: a GeometryCollection needs a \"geometries\" array");
            }

            return factory.CreateGeometryCollection(members.EnumerateArray().Select(m => Read(m, factory)).ToArray());
        }

        if (!element.TryGetProperty("coordinates", out var c))
        {
            throw new GeoJsonFormatException($"geometry: a {typeName} needs \"coordinates\"");
        }

        return typeName switch
        {
            "Point" => factory.CreatePoint(Position(c, "coordinates")),
            "MultiPoint" => factory.CreateMultiPointFromCoords(Positions(c, "coordinates", 0)),
            "LineString" => factory.CreateLineString(Positions(c, "coordinates", 2)),
            "MultiLineString" => factory.CreateMultiLineString(Array(c, "coordinates")
                .Select((line, i) => factory.CreateLineString(Positions(line, $"coordinates[{i}]", 2))).ToArray()),
            "Polygon" => Polygon(c, "coordinates", factory),
            "MultiPolygon" => factory.CreateMultiPolygon(Array(c, "coordinates")
                .Select((polygon, i) => Polygon(polygon, $"coordinates[{i}]", factory)).ToArray()),
            _ => throw new GeoJsonFormatException($"geometry: \"{typeName}\" is not a GeoJSON geometry type"),
        };
    }

    private static Polygon Polygon(JsonElement rings, string path, GeometryFactory factory)
    {
        var linearRings = Array(rings, path).Select((ring, i) => Ring(ring, $"{path}[{i}]", factory)).ToArray();
        if (linearRings.Length == 0)
        {
            throw new GeoJsonFormatException($"{path}: a polygon needs at least an outer ring");
        }

        return factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static LinearRing Ring(JsonElement ring, string path, GeometryFactory factory)
    {
        var positions = Positions(ring, path, 4);
        if (!positions[0].Equals2D(positions[^1]))
        {
            throw new GeoJsonFormatException($"{path}: the ring is not closed (its first and last positions differ)");
        }

        return factory.CreateLinearRing(positions);
    }

    private static Coordinate[] Positions(JsonElement array, string path, int minimum)
    {
        var positions = Array(array, path).Select((p, i) => Position(p, $"{path}[{i}]")).ToArray();
        if (positions.Length < minimum)
        {
            throw new GeoJsonFormatException($"{path}: has {positions.Length} positions, at least {minimum} are needed");
        }

        return positions;
    }

    private static Coordinate Position(JsonElement position, string path)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
        {
            throw new GeoJsonFormatException($"{path}: expected a position [x, y], found {Describe(position)}");
        }

        var x = Number(position[0], $"{path}[0]");
        var y = Number(position[1], $"{path}[1]");
        return new Coordinate(x, y);
    }

    private static double Number(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : throw new GeoJsonFormatException($"{path}: expected a number, found {Describe(value)}");

    private static JsonElement.ArrayEnumerator Array(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new GeoJsonFormatException($"{path}: expected an array, found {Describe(value)}");

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {value.GetArrayLength()}"),
        JsonValueKind.String => $"the text \"{Truncate(value.GetString())}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "an object",
    };

    private static string Truncate(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text ?? string.Empty;
}
