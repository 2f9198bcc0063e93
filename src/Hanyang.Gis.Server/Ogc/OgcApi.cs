using System.Globalization;
using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Analysis;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Http;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>
/// OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0): landing page, conformance, collections, items
/// with bbox/limit/offset paging, and single features; everything in WGS84 (CRS84).
/// </summary>
internal static class OgcApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;
    private const string GeoJsonType = "application/geo+json";

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
        ogc.MapGet("/", (HttpRequest request) => Results.Json(new
        {
            title = "汉阳区空间规划 Hanyang.Gis",
            description = "OGC API – Features over the Hanyang plan (WGS84)",
            links = new object[]
            {
                Link(request, "/ogc", "self", "application/json", "this document"),
                Link(request, "/ogc/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "the API definition"),
                Link(request, "/ogc/conformance", "conformance", "application/json", "conformance classes"),
                Link(request, "/ogc/collections", "data", "application/json", "the feature collections"),
            },
        })).WithName("OgcLanding").WithSummary("Landing page");

        ogc.MapGet("/conformance", () => Results.Json(new { conformsTo = Conformance })).WithName("OgcConformance").WithSummary("Conformance classes");
        ogc.MapGet("/api", (HttpRequest request) => Results.Text(OpenApiDocument.Build(Base(request)), "application/vnd.oai.openapi+json;version=3.0")).WithName("OgcOpenApi").WithSummary("OpenAPI 3.0 definition");

        ogc.MapGet("/collections", async (HttpRequest request, IPlanStore store, CancellationToken ct) =>
        {
            var district = (await store.GetPlanAsync(ct)).District.Boundary;
            var extent = Wgs84Extent(district.EnvelopeInternal);
            return Results.Json(new
            {
                links = new[] { Link(request, "/ogc/collections", "self", "application/json", "collections") },
                collections = OgcCollections.All.Select(c => Collection(request, c.Id, c.Title, c.Description, extent))
                    .Append(Collection(request, ServiceCircleCollection.Id, ServiceCircleCollection.Title, ServiceCircleCollection.Description, extent, tiles: false)),
            });
        }).WithName("OgcCollections").WithSummary("Feature collections");

        ogc.MapGet("/collections/{id}", async (string id, HttpRequest request, IPlanStore store, CancellationToken ct) =>
        {
            var extent = Wgs84Extent((await store.GetPlanAsync(ct)).District.Boundary.EnvelopeInternal);
            if (id == ServiceCircleCollection.Id)
            {
                return Results.Json(Collection(request, id, ServiceCircleCollection.Title, ServiceCircleCollection.Description, extent, tiles: false));
            }

            return OgcCollections.TryFind(id, out var c) ? Results.Json(Collection(request, c.Id, c.Title, c.Description, extent)) : NotFound(id);
        }).WithName("OgcCollection").WithSummary("One collection");

        ogc.MapGet("/collections/{id}/items", async (string id, HttpRequest request, IPlanStore store, AnalysisService analysis, CancellationToken ct) =>
        {
            var circles = id == ServiceCircleCollection.Id;
            if (!OgcCollections.TryFind(id, out var c) && !circles)
            {
                return NotFound(id);
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
            var queryables = circles ? ServiceCircleCollection.Queryables : PlanQueryables.For(c.Layer);
            var where = queryables.Where(q => request.Query.ContainsKey(q)).ToDictionary(q => q, q => request.Query[q].ToString(), StringComparer.Ordinal);
            if (where.FirstOrDefault(w => w.Value.Length == 0 || request.Query[w.Key].Count > 1) is { Key: not null } bad)
            {
                return Results.Problem(title: "property filter is not valid", detail: $"{bad.Key}: give exactly one value, e.g. {bad.Key}={Example(circles ? null : c.Layer, bad.Key)}", statusCode: 400);
            }

            ItemsPage page;
            if (circles)
            {
                var (sets, invalid) = ServiceCircleCollection.Parse(request.Query);
                if (invalid is not null)
                {
                    return Results.Problem(title: "property filter is not valid", detail: invalid, statusCode: 400);
                }

                var all = await ServiceCircleCollection.ListAsync(analysis, sets, box, ct);
                page = new ItemsPage([.. all.Skip(skip).Take(take)], all.Count, skip);
            }
            else
            {
                var features = await store.ListFeaturesAsync(c.Layer, box, where, skip, take, ct);
                page = new ItemsPage([.. features.Features.Select(f => (f.Geometry, f.Properties))], features.NumberMatched, features.Offset);
            }

            var filter = string.Concat((bbox is null ? [] : new[] { $"&bbox={Uri.EscapeDataString(bbox)}" }).Concat(where.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"&{w.Key}={Uri.EscapeDataString(w.Value)}")));
            var json = FeaturesJson(page);

            // The ETag covers what the page holds (not its timeStamp): a client that has it gets 304 and no body.
            var etag = ItemsETag(json, page, take, filter);
            request.HttpContext.Response.Headers.ETag = etag;
            request.HttpContext.Response.Headers.CacheControl = "no-cache";
            if (HttpCaching.IfNoneMatch(request, etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Text(FeatureCollectionJson(request, id, page, take, filter, json), GeoJsonType);
        }).RequireRateLimiting(ExpensiveWork.Analysis)
          .WithQuery(
            new("limit", "integer", false, "items per page, 1–10000 (default 100)"),
            new("offset", "integer", false, "items to skip (default 0)"),
            new("bbox", "string", false, "minLon,minLat,maxLon,maxLat in WGS84"))
          .WithName("OgcItems").WithSummary("Features of a collection, filtered by bbox and by queryable properties (e.g. roads?class=arterial), and paged");

        ogc.MapGet("/collections/{id}/queryables", (string id, HttpRequest request) =>
        {
            var circles = id == ServiceCircleCollection.Id;
            if (!OgcCollections.TryFind(id, out var c) && !circles)
            {
                return NotFound(id);
            }

            var names = circles ? ServiceCircleCollection.Queryables : PlanQueryables.For(c.Layer);
            PlanLayer? layer = circles ? null : c.Layer;

            var schema = new Dictionary<string, object>
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = $"{Base(request)}/ogc/collections/{id}/queryables",
                ["type"] = "object",
                ["title"] = circles ? ServiceCircleCollection.Title : c.Title,
                ["properties"] = names.ToDictionary(q => q, q => (object)new { type = q == "minutes" ? "number" : "string", title = q, description = $"equality filter: items?{q}={Example(layer, q)}" }),
                ["additionalProperties"] = false,
            };
            return Results.Text(JsonSerializer.Serialize(schema), "application/schema+json");
        }).WithName("OgcQueryables").WithSummary("The properties a collection's items can be filtered on (OGC API – Features, Part 3)");

        ogc.MapGet("/collections/{id}/items/{featureId}", async (string id, string featureId, HttpResponse response, IPlanStore store, CancellationToken ct) =>
        {
            if (!OgcCollections.TryFind(id, out var c))
            {
                return NotFound(id);
            }

            var feature = await store.FindFeatureAsync(c.Layer, featureId, ct);
            if (feature is null)
            {
                return Results.Problem(title: "feature not found", detail: $"collection '{id}' has no feature '{featureId}'", statusCode: 404);
            }

            if (feature.Version > 0)
            {
                response.Headers.ETag = Edits.WriteAccess.ETag(feature.Version); // the version an edit names in If-Match
            }

            return Results.Text(Edits.EditApi.FeatureJson(feature), GeoJsonType);
        }).WithName("OgcItem").WithSummary("One feature");
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

    private static string Example(PlanLayer? layer, string queryable) => (layer, queryable) switch
    {
        (null, "kind") => "primary-school",
        (null, "mode") => "walk",
        (null, "minutes") => "10",
        (PlanLayer.Roads, "class") => "arterial",
        (PlanLayer.Roads, "skeleton") => "east-west",
        (PlanLayer.Facilities, "kind") => "primary-school",
        (PlanLayer.Water, "kind") => "lake",
        (_, "status") => "existing",
        (_, "accuracy") => "approximate",
        (_, "street_code") => "420105001",
        (_, "shortage_area") => "sixin",
        _ => "…",
    };

    /// <summary>The page's features as a GeoJSON array, UTF-8.</summary>
    private static byte[] FeaturesJson(ItemsPage page)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var (geometry, properties) in page.Features)
            {
                GeoJsonWriter.WriteFeature(writer, geometry, properties);
            }

            writer.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static string ItemsETag(byte[] features, ItemsPage page, int limit, string query)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(features);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"|{page.NumberMatched}|{page.Offset}|{limit}|{query}")));
        return HttpCaching.ETag(hash.GetHashAndReset());
    }

    private static string FeatureCollectionJson(HttpRequest request, string id, ItemsPage page, int limit, string query, byte[] features)
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

    /// <summary>One page of items of any collection: features in WGS84-bound order, how many match, where it starts.</summary>
    private sealed record ItemsPage(IReadOnlyList<(Geometry Geometry, IReadOnlyDictionary<string, object?> Properties)> Features, long NumberMatched, int Offset)
    {
        public bool HasMore => Offset + Features.Count < NumberMatched;
    }

    private static void WriteLink(Utf8JsonWriter writer, string href, string rel, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("href", href);
        writer.WriteString("rel", rel);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static object Collection(HttpRequest request, string id, string title, string description, double[] extent, bool tiles = true) => new
    {
        id,
        title,
        description,
        itemType = "feature",
        crs = new[] { "http://www.opengis.net/def/crs/OGC/1.3/CRS84" },
        extent = new { spatial = new { bbox = new[] { extent }, crs = "http://www.opengis.net/def/crs/OGC/1.3/CRS84" } },
        links = (object[])
        [
            Link(request, $"/ogc/collections/{id}", "self", "application/json", title),
            Link(request, $"/ogc/collections/{id}/items", "items", GeoJsonType, title),
            Link(request, $"/ogc/collections/{id}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", "application/schema+json", $"{title}: queryables"),
            .. tiles ? new object[] { new { href = Tiles.TileApi.Template(Base(request), id), rel = "tiles", type = Tiles.TileApi.MediaType, title = $"{title} (vector tiles, EPSG:3857)", templated = true } } : [],
        ],
    };

    private static double[] Wgs84Extent(Envelope internalEnvelope)
    {
        var (minLon, minLat) = Reprojector.Transform(internalEnvelope.MinX, internalEnvelope.MinY, Srid.Internal, Srid.Wgs84);
        var (maxLon, maxLat) = Reprojector.Transform(internalEnvelope.MaxX, internalEnvelope.MaxY, Srid.Internal, Srid.Wgs84);
        return [Math.Round(minLon, 6), Math.Round(minLat, 6), Math.Round(maxLon, 6), Math.Round(maxLat, 6)];
    }

    private static IResult NotFound(string id) =>
        Results.Problem(title: "collection not found", detail: $"there is no collection '{id}'; the collections are {string.Join(", ", OgcCollections.All.Select(c => c.Id))}", statusCode: 404);

    private static object Link(HttpRequest request, string path, string rel, string type, string title) =>
        new { href = Base(request) + path, rel, type, title };

    /// <summary>The base of absolute links: the configured public URL, else the request's (see <see cref="PublicUrl"/>).</summary>
    internal static string Base(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<PublicUrl>().For(request);
}
