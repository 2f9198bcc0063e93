using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>
/// OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0): landing page, conformance, collections, items
/// with bbox/limit/offset paging, and single features; everything in WGS84 (CRS84). Every collection
/// (<see cref="IOgcCollection"/>, listed by <see cref="OgcCollections"/>) is served the same way; one handler per endpoint.
/// </summary>
internal static class OgcApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;
    private const string GeoJsonType = "application/geo+json";
    private const string SchemaType = "application/schema+json";
    private const string OpenApiType = "application/vnd.oai.openapi+json;version=3.0";
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private static readonly string[] Conformance =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
    ];

    public static void MapOgcApi(this IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc").WithTags("OGC API – Features");
        ogc.MapGet("/", GetLandingPage).WithName("OgcLanding").WithSummary("Landing page");
        ogc.MapGet("/conformance", GetConformance).WithName("OgcConformance").WithSummary("Conformance classes");
        ogc.MapGet("/api", GetOpenApi).WithName("OgcOpenApi").WithSummary("OpenAPI 3.0 definition")
            .Produces<string>(StatusCodes.Status200OK, OpenApiType);
        ogc.MapGet("/collections", ListCollectionsAsync).WithName("OgcCollections").WithSummary("Feature collections");
        ogc.MapGet("/collections/{id}", GetCollectionAsync).ProducesProblem(StatusCodes.Status404NotFound).WithName("OgcCollection").WithSummary("One collection");
        ogc.MapGet("/collections/{id}/items", ListItemsAsync).RequireRateLimiting(ExpensiveWork.Analysis)
          .WithQuery(
            new("limit", "integer", false, "items per page, 1–10000 (default 100)"),
            new("offset", "integer", false, "items to skip (default 0)"),
            new("bbox", "string", false, "minLon,minLat,maxLon,maxLat in WGS84"))
          .Produces<string>(StatusCodes.Status200OK, GeoJsonType)
          .Produces(StatusCodes.Status304NotModified)
          .ProducesProblem(StatusCodes.Status400BadRequest)
          .ProducesProblem(StatusCodes.Status404NotFound)
          .WithName("OgcItems").WithSummary("Features of a collection, filtered by bbox and by queryable properties (e.g. roads?class=arterial), and paged");
        ogc.MapGet("/collections/{id}/queryables", GetQueryables)
          .Produces<string>(StatusCodes.Status200OK, SchemaType)
          .ProducesProblem(StatusCodes.Status404NotFound)
          .WithName("OgcQueryables").WithSummary("The properties a collection's items can be filtered on (OGC API – Features, Part 3)");
        ogc.MapGet("/collections/{id}/items/{featureId}", GetItemAsync)
          .Produces<string>(StatusCodes.Status200OK, GeoJsonType)
          .ProducesProblem(StatusCodes.Status404NotFound)
          .WithName("OgcItem").WithSummary("One feature");
    }

    private static Ok<OgcLandingPage> GetLandingPage(HttpRequest request) => TypedResults.Ok(new OgcLandingPage(
        "汉阳区空间规划 Hanyang.Gis",
        "OGC API – Features over the Hanyang plan (WGS84)",
        [
            Link(request, "/ogc", "self", "application/json", "this document"),
            Link(request, "/ogc/api", "service-desc", OpenApiType, "the API definition"),
            Link(request, "/ogc/conformance", "conformance", "application/json", "conformance classes"),
            Link(request, "/ogc/collections", "data", "application/json", "the feature collections"),
        ]));

    private static Ok<OgcConformance> GetConformance() => TypedResults.Ok(new OgcConformance(Conformance));

    private static ContentHttpResult GetOpenApi(HttpRequest request, OgcCollections collections) => TypedResults.Text(OpenApiDocument.Build(Base(request), collections), OpenApiType);

    private static async Task<Ok<OgcCollectionList>> ListCollectionsAsync(HttpRequest request, OgcCollections collections, IPlanReader store, CancellationToken ct)
    {
        var plan = await store.GetPlanAsync(ct);
        return TypedResults.Ok(new OgcCollectionList(
            [Link(request, "/ogc/collections", "self", "application/json", "collections")],
            [.. collections.All.Select(c => Describe(request, c, plan))]));
    }

    private static async Task<Results<Ok<OgcCollectionDescription>, ProblemHttpResult>> GetCollectionAsync(string id, HttpRequest request, OgcCollections collections, IPlanReader store, CancellationToken ct)
    {
        if (collections.Find(id) is not { } collection)
        {
            return NotFound(collections, id);
        }

        return TypedResults.Ok(Describe(request, collection, await store.GetPlanAsync(ct)));
    }

    private static async Task<IResult> ListItemsAsync(string id, HttpRequest request, OgcCollections collections, CancellationToken ct)
    {
        if (collections.Find(id) is not { } collection)
        {
            return NotFound(collections, id);
        }

        var query = new QueryReader(request.Query);
        var take = (int)(query.Integer("limit", 1, MaxLimit, DefaultLimit, "the number of items per page") ?? DefaultLimit);
        var skip = (int)(query.Integer("offset", 0, int.MaxValue, 0, "the number of items to skip") ?? 0);
        var bbox = query.Text("bbox");
        Envelope? box = null;
        if (bbox is not null && !TryParseBbox(bbox, out box, out var bboxProblem))
        {
            query.Add(bboxProblem);
        }

        if (!query.IsValid)
        {
            return query.Invalid("the items request is not valid");
        }

        // Part 1 §7.15.5: a query parameter named after a queryable keeps the features whose property equals it.
        var queryables = collection.Queryables.Where(q => request.Query.ContainsKey(q.Name)).ToList();
        var where = queryables.ToDictionary(q => q.Name, q => request.Query[q.Name].ToString(), StringComparer.Ordinal);
        if (queryables.FirstOrDefault(q => where[q.Name].Length == 0 || request.Query[q.Name].Count > 1) is { } bad)
        {
            return TypedResults.Problem(title: "property filter is not valid", detail: $"{bad.Name}: give exactly one value, e.g. {bad.Name}={bad.Example}", statusCode: 400);
        }

        var page = await collection.ListItemsAsync(new OgcItemsQuery(box, where, skip, take), ct);
        if (page.Problem is not null)
        {
            return TypedResults.Problem(title: "property filter is not valid", detail: page.Problem, statusCode: 400);
        }

        var filter = string.Concat((bbox is null ? [] : new[] { $"&bbox={Uri.EscapeDataString(bbox)}" }).Concat(where.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"&{w.Key}={Uri.EscapeDataString(w.Value)}")));
        var json = FeaturesJson(page);

        // The ETag covers what the page holds (not its timeStamp): a client that has it gets 304 and no body.
        var etag = ItemsETag(json, page, take, filter);
        request.HttpContext.Response.Headers.ETag = etag;
        request.HttpContext.Response.Headers.CacheControl = "no-cache";
        if (HttpCaching.IfNoneMatch(request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Text(FeatureCollectionJson(request, id, page, take, filter, json), GeoJsonType);
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetQueryables(string id, HttpRequest request, OgcCollections collections)
    {
        if (collections.Find(id) is not { } collection)
        {
            return NotFound(collections, id);
        }

        var schema = new Dictionary<string, object>
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{Base(request)}/ogc/collections/{id}/queryables",
            ["type"] = "object",
            ["title"] = collection.Title,
            ["properties"] = collection.Queryables.ToDictionary(q => q.Name, q => (object)new { type = q.Type, title = q.Name, description = $"equality filter: items?{q.Name}={q.Example}" }),
            ["additionalProperties"] = false,
        };
        return TypedResults.Text(JsonSerializer.Serialize(schema), SchemaType);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetItemAsync(string id, string featureId, HttpResponse response, OgcCollections collections, CancellationToken ct)
    {
        if (collections.Find(id) is not { } collection)
        {
            return NotFound(collections, id);
        }

        var feature = await collection.FindItemAsync(featureId, ct);
        if (feature is null)
        {
            return TypedResults.Problem(title: "feature not found", detail: $"collection '{id}' has no feature '{featureId}'", statusCode: 404);
        }

        if (feature.Version > 0)
        {
            response.Headers.ETag = Edits.WriteAccess.ETag(feature.Version); // the version an edit names in If-Match
        }

        return TypedResults.Text(FeatureJson(feature.Geometry, feature.Properties), GeoJsonType);
    }

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

    internal static bool TryParseBbox(string text, out Envelope? envelope, out string problem)
    {
        envelope = null;
        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (parts.Length != 4 || numbers.Any(n => !double.IsFinite(n)))
        {
            problem = $"bbox '{text}' must be four numbers: minLon,minLat,maxLon,maxLat (WGS84)";
            return false;
        }

        var (minLon, minLat, maxLon, maxLat) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat)
        {
            problem = $"bbox '{text}' is out of range or inverted (longitude −180…180, latitude −90…90, min ≤ max)";
            return false;
        }

        // Outside the internal CRS's area of use a transform would be meaningless: clamp to it (nothing lies beyond).
        minLon = Math.Max(minLon, 112.5);
        maxLon = Math.Min(maxLon, 115.5);
        minLat = Math.Max(minLat, 21.5);
        maxLat = Math.Min(maxLat, 45.5);
        if (minLon > maxLon || minLat > maxLat)
        {
            envelope = new Envelope(0, 1, 0, 1); // intersects nothing of the plan
            problem = string.Empty;
            return true;
        }

        var corners = new[] { (minLon, minLat), (minLon, maxLat), (maxLon, minLat), (maxLon, maxLat), ((minLon + maxLon) / 2, minLat), ((minLon + maxLon) / 2, maxLat) };
        envelope = new Envelope();
        foreach (var (lon, lat) in corners)
        {
            var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
            envelope.ExpandToInclude(x, y);
        }

        problem = string.Empty;
        return true;
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

    private static OgcCollectionDescription Describe(HttpRequest request, IOgcCollection collection, PlanDataset plan)
    {
        var (id, title) = (collection.Id, collection.Title);
        List<OgcLink> links =
        [
            Link(request, $"/ogc/collections/{id}", "self", "application/json", title),
            Link(request, $"/ogc/collections/{id}/items", "items", GeoJsonType, title),
            Link(request, $"/ogc/collections/{id}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SchemaType, $"{title}: queryables"),
        ];
        if (collection.HasTiles)
        {
            links.Add(new OgcLink(Tiles.TileApi.Template(Base(request), id), "tiles", Tiles.TileApi.MediaType, $"{title} (vector tiles, EPSG:3857)", Templated: true));
        }

        return new OgcCollectionDescription(id, title, collection.Description, "feature", [Crs84],
            new OgcExtent(new OgcSpatialExtent([Wgs84Extent(collection.Extent(plan))], Crs84)), links);
    }

    private static double[] Wgs84Extent(Envelope internalEnvelope)
    {
        var (minLon, minLat) = Reprojector.Transform(internalEnvelope.MinX, internalEnvelope.MinY, Srid.Internal, Srid.Wgs84);
        var (maxLon, maxLat) = Reprojector.Transform(internalEnvelope.MaxX, internalEnvelope.MaxY, Srid.Internal, Srid.Wgs84);
        return [Math.Round(minLon, 6), Math.Round(minLat, 6), Math.Round(maxLon, 6), Math.Round(maxLat, 6)];
    }

    private static ProblemHttpResult NotFound(OgcCollections collections, string id) =>
        TypedResults.Problem(title: "collection not found", detail: $"there is no collection '{id}'; the collections are {string.Join(", ", collections.All.Select(c => c.Id))}", statusCode: 404);

    private static OgcLink Link(HttpRequest request, string path, string rel, string type, string title) => new(Base(request) + path, rel, type, title);

    /// <summary>The base of absolute links: the configured public URL, else the request's (see <see cref="PublicUrl"/>).</summary>
    internal static string Base(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<PublicUrl>().For(request);
}
