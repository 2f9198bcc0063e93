using System.Text.Json;
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
internal static partial class OgcApi
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
