using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Server.Http;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Edits;

/// <summary>
/// A GeoJSON Feature sent to the edit API (RFC 7946: WGS84 longitude/latitude), checked and converted to
/// the internal CRS. Malformed JSON or GeoJSON and a CRS other than WGS84 are 400; a geometry that is well
/// formed but unacceptable (coordinates out of range or beyond the store's district and its surroundings,
/// <see cref="DistrictExtent"/>; invalid; the wrong type) is 422.
/// </summary>
internal sealed class FeatureBody
{
    /// <summary>The longest text a property may hold (names, sources, codes).</summary>
    public const int MaxTextLength = 500;

    private static readonly string[] Wgs84Names = ["urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"];

    private FeatureBody(Geometry geometry, JsonElement properties)
    {
        Geometry = geometry;
        Properties = properties;
    }

    /// <summary>The geometry in EPSG:4547.</summary>
    public Geometry Geometry { get; }

    /// <summary>The "properties" object.</summary>
    public JsonElement Properties { get; }

    /// <summary>Reads a request body that is one Feature, which must lie within <paramref name="extent"/>.</summary>
    public static FeatureBody Parse(byte[] body, DistrictExtent extent) => Parse(JsonBody.Parse(body), extent);

    /// <summary>Reads a Feature that is part of a larger body (a scenario's proposed facilities, say); it must lie within <paramref name="extent"/>.</summary>
    public static FeatureBody Parse(JsonElement root, DistrictExtent extent)
    {
        ArgumentNullException.ThrowIfNull(extent);

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"body: expected a GeoJSON Feature object ({{\"type\": \"Feature\", \"geometry\": …, \"properties\": …}}), found {JsonBody.Describe(root)}");
        }

        if (JsonBody.StringOrNull(root, "type") != "Feature")
        {
            var found = root.TryGetProperty("type", out var type) ? JsonBody.Describe(type) : "nothing";
            throw Bad($"type: expected \"Feature\" (a GeoJSON Feature: {{\"type\": \"Feature\", \"geometry\": …, \"properties\": …}}), found {found}");
        }

        if (root.TryGetProperty("crs", out var crs) && crs.ValueKind != JsonValueKind.Null)
        {
            var name = crs.ValueKind == JsonValueKind.String ? crs.GetString()
                : crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p) ? JsonBody.StringOrNull(p, "name") : null;
            if (name is null)
            {
                throw Bad("crs.properties.name: expected the name of a CRS as text ({\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}); better, leave crs out and send WGS84 (RFC 7946)");
            }

            if (!Wgs84Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw Bad($"crs: '{QueryReader.Shown(name)}' is not accepted; send WGS84 longitude/latitude (RFC 7946, CRS84) — convert GCJ-02, BD-09 or CGCS2000 coordinates first (hanyang import does)");
            }
        }

        if (!root.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw Bad("properties: the Feature needs a \"properties\" object");
        }

        if (!root.TryGetProperty("geometry", out var geometryJson) || geometryJson.ValueKind != JsonValueKind.Object)
        {
            throw Bad("geometry: the Feature needs a geometry");
        }

        Geometry wgs84;
        try
        {
            wgs84 = GeoJsonGeometryReader.Read(geometryJson, GeometryFactories.Wgs84);
        }
        catch (GeoJsonFormatException e)
        {
            throw Bad(e.Message.StartsWith("geometry", StringComparison.Ordinal) ? e.Message : "geometry." + e.Message);
        }

        if (GeometryGuard.Find(wgs84, Srid.Wgs84, "geometry", extent.LonLat) is { } rejected)
        {
            throw Unprocessable(rejected.Message);
        }

        return new FeatureBody(Reprojector.Transform(wgs84, Srid.Internal), properties);
    }

    /// <summary>A string property; null when absent or null.</summary>
    public string? Text(string name)
    {
        if (!Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Unprocessable($"properties.{name}: expected text, found {JsonBody.Describe(value)}");
        }

        var text = value.GetString()!.Trim();
        return text.Length <= MaxTextLength
            ? text
            : throw Unprocessable($"properties.{name}: {text.Length:N0} characters; text properties have at most {MaxTextLength:N0}");
    }

    /// <summary>A string property that must be there.</summary>
    public string RequiredText(string name, string why) =>
        Text(name) is { Length: > 0 } text ? text : throw Unprocessable($"properties.{name}: missing; {why}");

    /// <summary>A whole number ≥ 0; null when absent.</summary>
    public int? Count(string name)
    {
        if (!Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0
            ? n
            : throw Unprocessable($"properties.{name}: expected a whole number from 0 to {int.MaxValue:N0}, found {JsonBody.Describe(value)}");
    }

    /// <summary>An array of strings; null when absent.</summary>
    public IReadOnlyList<string>? Texts(string name)
    {
        if (!Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : throw Unprocessable($"properties.{name}: expected an array of text, found {JsonBody.Describe(value)}");
    }

    public static RequestProblem Bad(string detail) => new(StatusCodes.Status400BadRequest, "the feature is not valid GeoJSON", detail);

    public static RequestProblem Unprocessable(string detail) => new(StatusCodes.Status422UnprocessableEntity, "the feature cannot be accepted", detail);
}
