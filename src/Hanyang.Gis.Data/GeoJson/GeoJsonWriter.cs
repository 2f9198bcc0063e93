using System.Text.Encodings.Web;
using System.Text.Json;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.GeoJson;

/// <summary>
/// Writes RFC 7946 GeoJSON: geometries of the internal CRS are reprojected to WGS84 and rounded to
/// <see cref="Decimals"/> places (1e-7° ≈ 1 cm). FeatureCollections carry a CRS84 "crs" member so that
/// this system's own loader accepts them back.
/// </summary>
public static class GeoJsonWriter
{
    /// <summary>Decimal places written for longitude and latitude.</summary>
    public const int Decimals = 7;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a FeatureCollection of (geometry, properties) pairs to a string.</summary>
    public static string FeatureCollection(IEnumerable<(Geometry Geometry, IReadOnlyDictionary<string, object?> Properties)> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartObject("crs");
            writer.WriteString("type", "name");
            writer.WriteStartObject("properties");
            writer.WriteString("name", GeoJsonCrsConverter.Crs84);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("features");
            foreach (var (geometry, properties) in features)
            {
                WriteFeature(writer, geometry, properties);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one Feature.</summary>
    public static void WriteFeature(Utf8JsonWriter writer, Geometry geometry, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(properties);
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        if (properties.TryGetValue("id", out var id) && id is string text)
        {
            writer.WriteString("id", text);
        }

        writer.WritePropertyName("geometry");
        WriteGeometry(writer, geometry);
        writer.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes a geometry object in WGS84 (reprojecting when it is in another SRID).</summary>
    public static void WriteGeometry(Utf8JsonWriter writer, Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(geometry);
        var wgs = geometry.SRID == Srid.Wgs84 ? geometry : Reprojector.Transform(geometry, Srid.Wgs84);
        Write(writer, wgs);
    }

    private static void Write(Utf8JsonWriter writer, Geometry g)
    {
        writer.WriteStartObject();
        writer.WriteString("type", g.GeometryType);
        if (g is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            writer.WriteStartArray("geometries");
            for (var i = 0; i < g.NumGeometries; i++)
            {
                Write(writer, g.GetGeometryN(i));
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WritePropertyName("coordinates");
            Coordinates(writer, g);
        }

        writer.WriteEndObject();
    }

    private static void Coordinates(Utf8JsonWriter writer, Geometry g)
    {
        switch (g)
        {
            case Point p:
                Position(writer, p.Coordinate);
                break;
            case LineString l:
                Positions(writer, l.Coordinates);
                break;
            case Polygon p:
                writer.WriteStartArray();
                Positions(writer, p.ExteriorRing.Coordinates);
                foreach (var hole in p.InteriorRings)
                {
                    Positions(writer, hole.Coordinates);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartArray();
                for (var i = 0; i < g.NumGeometries; i++)
                {
                    Coordinates(writer, g.GetGeometryN(i));
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static void Positions(Utf8JsonWriter writer, Coordinate[] coordinates)
    {
        writer.WriteStartArray();
        foreach (var c in coordinates)
        {
            Position(writer, c);
        }

        writer.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter writer, Coordinate? c)
    {
        writer.WriteStartArray();
        if (c is not null)
        {
            writer.WriteNumberValue(Math.Round(c.X, Decimals));
            writer.WriteNumberValue(Math.Round(c.Y, Decimals));
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case double:
                writer.WriteNullValue();
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
