using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>The GeoJSON the items endpoints write by hand (streamed geometry), and the items' ETag.</summary>
internal static partial class OgcApi
{
    /// <summary>One feature as GeoJSON (WGS84), as the items and the edit endpoints write it.</summary>
    internal static string FeatureJson(Geometry geometry, IReadOnlyDictionary<string, object?> properties)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            GeoJsonWriter.WriteFeature(writer, geometry, properties);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The page's features as a GeoJSON array, UTF-8.</summary>
    private static byte[] FeaturesJson(OgcItemsResult page)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var feature in page.Features)
            {
                GeoJsonWriter.WriteFeature(writer, feature.Geometry, feature.Properties);
            }

            writer.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static string ItemsETag(byte[] features, OgcItemsResult page, int limit, string query)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(features);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"|{page.NumberMatched}|{page.Offset}|{limit}|{query}")));
        return HttpCaching.ETag(hash.GetHashAndReset());
    }

    private static string FeatureCollectionJson(HttpRequest request, string id, OgcItemsResult page, int limit, string query, byte[] features)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteNumber("numberMatched", page.NumberMatched);
            writer.WriteNumber("numberReturned", page.Features.Count);
            writer.WriteString("timeStamp", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            writer.WriteStartArray("links");
            WriteLink(writer, $"{Base(request)}/ogc/collections/{id}/items?limit={limit}&offset={page.Offset}{query}", "self", GeoJsonType);
            if (page.HasMore)
            {
                WriteLink(writer, $"{Base(request)}/ogc/collections/{id}/items?limit={limit}&offset={page.Offset + page.Features.Count}{query}", "next", GeoJsonType);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("features");
            writer.WriteRawValue(features, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteLink(Utf8JsonWriter writer, string href, string rel, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("href", href);
        writer.WriteString("rel", rel);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }
}
