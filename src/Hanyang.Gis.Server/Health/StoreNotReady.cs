using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;
using Microsoft.AspNetCore.Diagnostics;

namespace Hanyang.Gis.Server.Health;

/// <summary>
/// Turns <see cref="StoreNotReadyException"/> — a PostGIS database that is not migrated or not seeded,
/// met by any request that needs the plan — into 503 problem details with Retry-After whose detail says
/// what to run (<c>hanyang db migrate</c>, <c>hanyang db seed</c>) and whose <c>reason</c> is the one
/// /health reports; never a 500.
/// </summary>
internal sealed class StoreNotReady(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var notReady = exception;
        while (notReady is not null and not StoreNotReadyException)
        {
            notReady = notReady.InnerException;
        }

        if (notReady is not StoreNotReadyException { Reason: var reason, Message: var message })
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "the plan database is not ready",
                Detail = message,
                Extensions = { ["reason"] = Identifiers.Of(reason) },
            },
        });
    }
}
