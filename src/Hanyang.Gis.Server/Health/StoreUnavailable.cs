using Hanyang.Gis.Domain.Stores;
using Microsoft.AspNetCore.Diagnostics;

namespace Hanyang.Gis.Server.Health;

/// <summary>
/// Turns <see cref="StoreUnavailableException"/> — the store's database is not there (connection refused, server
/// shutting down or starting, a broken connection, a timeout), refuses the server's login, or lacks its tables —
/// into 503 problem details with Retry-After instead of a 500 (or, worse, a 409). The store translated its
/// driver's failure (the server knows no database type); the driver drops broken connections from its pool, so
/// the next request after the database returns connects afresh: the server recovers by itself.
/// </summary>
internal sealed class StoreUnavailable(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The Retry-After of every 503 about the store, in seconds.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var unavailable = exception;
        while (unavailable is not null and not StoreUnavailableException)
        {
            unavailable = unavailable.InnerException;
        }

        if (unavailable is not StoreUnavailableException { Reason: var reason } found)
        {
            return false;
        }

        var detail = reason is NotReadyReason.LoginRefused or NotReadyReason.NotMigrated
            ? found.Message
            : $"the PostGIS plan database does not answer ({Innermost(found).Message.TrimEnd('.')}); the server retries on every request and recovers when the database is back — check that PostgreSQL runs (scripts/postgis.sh status)";
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "the plan database is unavailable", Detail = detail, Extensions = { ["reason"] = Hanyang.Gis.Domain.Identifiers.Of(reason) } },
        });
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
