using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Ogc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Edits;

/// <summary>
/// Editing facilities and candidate sites the OGC API – Features Part 4 way: POST a GeoJSON Feature to
/// /ogc/collections/{id}/items, PUT or DELETE /ogc/collections/{id}/items/{featureId} with
/// <c>If-Match: "&lt;version&gt;"</c> (the ETag the item was read with). A stale version is 409 and writes nothing.
/// Every write goes through <see cref="WriteAccess"/> (bearer token, body limit). Handlers depend on the store's
/// roles: <see cref="IFacilityEdits"/> to write, <see cref="IFeatureQueries"/> to read back.
/// </summary>
internal static class EditApi
{
    private const string GeoJsonType = "application/geo+json";

    /// <summary>"facilities and candidate-sites": the collections users edit, as messages name them.</summary>
    private static readonly string EditableIds = string.Join(" and ", PlanLayers.All.Where(l => l.Editable).Select(l => l.Id));

    public static void MapEditApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/ogc/collections/{id}/items").WithTags("Edits").AddEndpointFilter<WriteAccess>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        items.MapPost("/", CreateItemAsync).WithName("CreateItem").WithSummary("Adds a facility or candidate site (a GeoJSON Feature in WGS84); needs the bearer token")
            .Produces<string>(StatusCodes.Status201Created, GeoJsonType);
        items.MapPut("/{featureId}", ReplaceItemAsync).WithName("ReplaceItem").WithSummary("Replaces a facility or candidate site; If-Match names the version it is based on; needs the bearer token")
            .Produces<string>(StatusCodes.Status200OK, GeoJsonType).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapDelete("/{featureId}", DeleteItemAsync).WithName("DeleteItem").WithSummary("Deletes a facility or candidate site; If-Match names the version; needs the bearer token")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<ContentHttpResult> CreateItemAsync(string id, HttpRequest request, WriteAccess access, IFacilityEdits edits, IFeatureQueries features, CancellationToken ct)
    {
        var layer = Editable(id);
        var body = FeatureBody.Parse(await access.ReadBodyAsync(request, ct), await EditExtent.FindAsync(features, ct));
        string featureId;
        try
        {
            if (layer == PlanLayer.Facilities)
            {
                featureId = PlanEdits.NewId(body, "facility");
                await edits.AddFacilityAsync(PlanEdits.ToFacility(body, featureId), ct);
            }
            else
            {
                featureId = PlanEdits.NewId(body, "site");
                await edits.AddCandidateSiteAsync(PlanEdits.ToCandidateSite(body, featureId), ct);
            }
        }
        catch (DuplicateIdException e)
        {
            throw new RequestProblem(StatusCodes.Status409Conflict, "id taken", $"properties.id: {e.Message}");
        }

        return await FeatureResultAsync(request, features, layer, id, featureId, StatusCodes.Status201Created, ct);
    }

    private static async Task<ContentHttpResult> ReplaceItemAsync(string id, string featureId, HttpRequest request, WriteAccess access, IFacilityEdits edits, IFeatureQueries features, CancellationToken ct)
    {
        var layer = Editable(id);
        var version = WriteAccess.RequiredVersion(request);
        var body = FeatureBody.Parse(await access.ReadBodyAsync(request, ct), await EditExtent.FindAsync(features, ct));
        PlanEdits.RequireSameId(body, featureId);
        await RequireExistsAsync(features, layer, id, featureId, ct);
        if (layer == PlanLayer.Facilities)
        {
            await edits.UpdateFacilityAsync(PlanEdits.ToFacility(body, featureId), version, ct);
        }
        else
        {
            await edits.UpdateCandidateSiteAsync(PlanEdits.ToCandidateSite(body, featureId), version, ct);
        }

        return await FeatureResultAsync(request, features, layer, id, featureId, StatusCodes.Status200OK, ct);
    }

    private static async Task<NoContent> DeleteItemAsync(string id, string featureId, HttpRequest request, IFacilityEdits edits, IFeatureQueries features, CancellationToken ct)
    {
        var layer = Editable(id);
        var version = WriteAccess.RequiredVersion(request);
        await RequireExistsAsync(features, layer, id, featureId, ct);
        if (layer == PlanLayer.Facilities)
        {
            await edits.DeleteFacilityAsync(new FacilityId(featureId), version, ct);
        }
        else
        {
            await edits.DeleteCandidateSiteAsync(new CandidateSiteId(featureId), version, ct);
        }

        return TypedResults.NoContent();
    }

    private static PlanLayer Editable(string id) => PlanLayers.Find(id) switch
    {
        { Editable: true, Layer: var layer } => layer,
        { } => throw new RequestProblem(StatusCodes.Status405MethodNotAllowed, "collection is read-only",
            $"collection '{id}' is reference data and cannot be edited through the API; the editable collections are {EditableIds}"),
        null => throw new RequestProblem(StatusCodes.Status404NotFound, "collection not found",
            $"there is no collection '{id}'; the editable collections are {EditableIds}"),
    };

    private static async Task RequireExistsAsync(IFeatureQueries store, PlanLayer layer, string id, string featureId, CancellationToken ct)
    {
        if (await store.FindFeatureAsync(layer, featureId, ct) is null)
        {
            throw new RequestProblem(StatusCodes.Status404NotFound, "feature not found", $"collection '{id}' has no feature '{featureId}'");
        }
    }

    private static async Task<ContentHttpResult> FeatureResultAsync(HttpRequest request, IFeatureQueries store, PlanLayer layer, string id, string featureId, int status, CancellationToken ct)
    {
        var feature = await store.FindFeatureAsync(layer, featureId, ct) ?? throw new InvalidOperationException($"'{featureId}' vanished right after it was written");
        request.HttpContext.Response.Headers.ETag = WriteAccess.ETag(feature.Version);
        if (status == StatusCodes.Status201Created)
        {
            request.HttpContext.Response.Headers.Location = $"{OgcApi.Base(request)}/ogc/collections/{id}/items/{Uri.EscapeDataString(featureId)}";
        }

        return TypedResults.Text(OgcApi.FeatureJson(feature.Geometry, feature.Properties), GeoJsonType, statusCode: status);
    }
}
