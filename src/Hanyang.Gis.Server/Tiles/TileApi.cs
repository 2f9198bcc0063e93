using System.Security.Cryptography;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Tiles;

/// <summary>
/// Mapbox vector tiles of every plan layer's OGC collection (<see cref="PlanLayers"/>),
/// /tiles/{collection}/{z}/{x}/{y}.mvt, cut by the store (<see cref="IVectorTileSource"/>). Responses carry a strong ETag (a hash of the bytes) and a short
/// Cache-Control, and answer 304 to a matching If-None-Match. A tile no feature touches is a 200 with an
/// empty body: an MVT with no layers.
/// </summary>
internal static class TileApi
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>Tiles may change when a planner edits facilities or sites: caches revalidate after a minute.</summary>
    private const string CacheControl = "public, max-age=60";

    public static void MapTileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{collection}/{z}/{x}/{y}.mvt", GetTileAsync)
        .WithName("VectorTile")
        .WithTags("Vector tiles")
        .WithSummary("A Mapbox vector tile (EPSG:3857 XYZ scheme) of a collection; one layer named after the collection, with the items' properties")
        .Produces<byte[]>(StatusCodes.Status200OK, MediaType)
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetTileAsync(
        string collection, string z, string x, string y, HttpContext context, IVectorTileSource tiles, CancellationToken ct)
    {
        if (PlanLayers.Find(collection) is not { } layer)
        {
            return TypedResults.Problem(title: "collection not found", detail: $"there is no collection '{collection}'; the collections are {string.Join(", ", PlanLayers.All.Select(e => e.Id))}", statusCode: 404);
        }

        if (!TileCoordinate.TryParse(z, x, y, out var tile, out var problem))
        {
            return TypedResults.Problem(title: "the tile address is not valid", detail: problem, statusCode: 400);
        }

        var bytes = await tiles.GetVectorTileAsync(layer.Layer, tile, ct);
        var etag = HttpCaching.ETag(SHA256.HashData(bytes));
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = CacheControl;
        if (HttpCaching.IfNoneMatch(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, MediaType);
    }

    /// <summary>The URL template of a collection's tiles, for links.</summary>
    public static string Template(string baseUrl, string collection) => $"{baseUrl}/tiles/{collection}/{{z}}/{{x}}/{{y}}.mvt";
}
