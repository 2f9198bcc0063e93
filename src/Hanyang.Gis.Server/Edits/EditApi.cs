using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Ogc;

namespace Hanyang.Gis.Server.Edits;

/// <summary>
/// Editing facilities and candidate sites the OGC API – Features Part 4 way: POST a GeoJSON Feature to
/// /ogc/collections/{id}/items, PUT or DELETE /ogc/collections/{id}/items/{featureId} with
/// <c>If-Match: "&lt;version&gt;"</c> (the ETag the item was read with). A stale version is 409 and writes nothing.
/// Every write goes through <see cref="WriteAccess"/> (bearer token, body limit).
/// </summary>
internal static class EditApi
{
    private const string GeoJsonType = "application/geo+json";

    public static void MapEditApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/ogc/collections/{id}/items").WithTags("Edits").AddEndpointFilter<WriteAccess>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        items.MapPost("/", async (string id, HttpRequest request, WriteAccess access, IPlanStore store, CancellationToken ct) =>
        {
            var layer = Editable(id);
            var body = FeatureBody.Parse(await access.ReadBodyAsync(request, ct), await EditExtent.FindAsync(store, ct));
            string featureId;
            try
            {
                if (layer == PlanLayer.Facilities)
                {
                    featureId = PlanEdits.NewId(body, "facility");
                    await store.AddFacilityAsync(PlanEdits.ToFacility(body, featureId), ct);
                }
                else
                {
                    featureId = PlanEdits.NewId(body, "site");
                    await store.AddCandidateSiteAsync(PlanEdits.ToCandidateSite(body, featureId), ct);
                }
            }
            catch (DuplicateIdException e)
            {
                throw new RequestProblem(StatusCodes.Status409Conflict, "id taken", $"properties.id: {e.Message}");
            }

            return await FeatureResultAsync(request, store, layer, id, featureId, StatusCodes.Status201Created, ct);
        }).WithName("CreateItem").WithSummary("Adds a facility or candidate site (a GeoJSON Feature in WGS84); needs the bearer token");

        items.MapPut("/{featureId}", async (string id, string featureId, HttpRequest request, WriteAccess access, IPlanStore store, CancellationToken ct) =>
        {
            var layer = Editable(id);
            var version = WriteAccess.RequiredVersion(request);
            var body = FeatureBody.Parse(await access.ReadBodyAsync(request, ct), await EditExtent.FindAsync(store, ct));
            PlanEdits.RequireSameId(body, featureId);
            await RequireExistsAsync(store, layer, id, featureId, ct);
            if (layer == PlanLayer.Facilities)
            {
                await store.UpdateFacilityAsync(PlanEdits.ToFacility(body, featureId), version, ct);
            }
            else
            {
                await store.UpdateCandidateSiteAsync(PlanEdits.ToCandidateSite(body, featureId), version, ct);
            }

            return await FeatureResultAsync(request, store, layer, id, featureId, StatusCodes.Status200OK, ct);
        }).WithName("ReplaceItem").WithSummary("Replaces a facility or candidate site; If-Match names the version it is based on; needs the bearer token");

        items.MapDelete("/{featureId}", async (string id, string featureId, HttpRequest request, IPlanStore store, CancellationToken ct) =>
        {
            var layer = Editable(id);
            var version = WriteAccess.RequiredVersion(request);
            await RequireExistsAsync(store, layer, id, featureId, ct);
            if (layer == PlanLayer.Facilities)
            {
                await store.DeleteFacilityAsync(new FacilityId(featureId), version, ct);
            }
            else
            {
                await store.DeleteCandidateSiteAsync(new CandidateSiteId(featureId), version, ct);
            }

            return Results.NoContent();
        }).WithName("DeleteItem").WithSummary("Deletes a facility or candidate site; If-Match names the version; needs the bearer token");
    }

    /// <summary>The feature as the OGC API shows it, with its version as ETag.</summary>
    public static string FeatureJson(PlanFeature feature)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            GeoJsonWriter.WriteFeature(writer, feature.Geometry, feature.Properties);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static PlanLayer Editable(string id) => id switch
    {
        "facilities" => PlanLayer.Facilities,
        "candidate-sites" => PlanLayer.CandidateSites,
        _ when OgcCollections.TryFind(id, out _) => throw new RequestProblem(StatusCodes.Status405MethodNotAllowed, "collection is read-only",
            $"collection '{id}' is reference data and cannot be edited through the API; the editable collections are facilities and candidate-sites"),
        _ => throw new RequestProblem(StatusCodes.Status404NotFound, "collection not found",
            $"there is no collection '{id}'; the editable collections are facilities and candidate-sites"),
    };

    private static async Task RequireExistsAsync(IPlanStore store, PlanLayer layer, string id, string featureId, CancellationToken ct)
    {
        if (await store.FindFeatureAsync(layer, featureId, ct) is null)
        {
            throw new RequestProblem(StatusCodes.Status404NotFound, "feature not found", $"collection '{id}' has no feature '{featureId}'");
        }
    }

    private static async Task<IResult> FeatureResultAsync(HttpRequest request, IPlanStore store, PlanLayer layer, string id, string featureId, int status, CancellationToken ct)
    {
        var feature = await store.FindFeatureAsync(layer, featureId, ct) ?? throw new InvalidOperationException($"'{featureId}' vanished right after it was written");
        request.HttpContext.Response.Headers.ETag = WriteAccess.ETag(feature.Version);
        if (status == StatusCodes.Status201Created)
        {
            request.HttpContext.Response.Headers.Location = $"{OgcApi.Base(request)}/ogc/collections/{id}/items/{Uri.EscapeDataString(featureId)}";
        }

        return Results.Text(FeatureJson(feature), GeoJsonType, statusCode: status);
    }
}
