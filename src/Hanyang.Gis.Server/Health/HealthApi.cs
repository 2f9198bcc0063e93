using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Server.Health;

/// <summary>
/// /health: which store is in force and whether it answers. 200 {"status":"ok"} when a real read of the
/// store succeeds; 503 {"status":"unavailable"} with the reason when it does not (PostGIS down).
/// </summary>
internal static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IPlanStore store, PlanStoreInfo info, CancellationToken ct) =>
        {
            var kind = store is PostGisPlanStore ? "postgis" : "embedded";
            try
            {
                await store.FindFeatureAsync(PlanLayer.District, "health-probe", ct);
                return Results.Json(new HealthReport("ok", kind, info.Description, null));
            }
            catch (Exception e) when (StoreUnavailable.Matches(e))
            {
                return Results.Json(new HealthReport("unavailable", kind, info.Description, StoreUnavailable.Message(e)), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        })
        .WithName("Health")
        .WithTags("Operations")
        .WithSummary("The store in force and whether it answers (200 ok, 503 unavailable)")
        .Produces<HealthReport>(StatusCodes.Status200OK)
        .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
    }
}
