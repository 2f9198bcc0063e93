using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Health;

/// <summary>
/// /health: which store is in force and whether it can serve the plan (<see cref="IStoreReadiness.CheckReadinessAsync"/>:
/// for PostGIS a real connection, the migrations and the seeded district). 200 {"status":"ok"} when it can;
/// 503 {"status":"unavailable","reason":…,"problem":…} with Retry-After when it cannot, the reason being
/// unreachable, login-refused, not-migrated or not-seeded and the problem saying what to do.
/// </summary>
internal static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
        .WithName("Health")
        .WithTags("Operations")
        .WithSummary("The store in force and whether it can serve the plan (200 ok; 503 unavailable, naming the reason: unreachable, login-refused, not-migrated, not-seeded)")
        .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(HttpResponse response, IStoreReadiness store, PlanStoreInfo info, CancellationToken ct)
    {
        var readiness = await store.CheckReadinessAsync(ct);
        if (readiness is { Reason: { } reason, Problem: var problem })
        {
            response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds;
            return TypedResults.Json(new HealthReport("unavailable", store.Kind, info.Description, Identifiers.Of(reason), problem), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(new HealthReport("ok", store.Kind, info.Description, null, null));
    }
}
