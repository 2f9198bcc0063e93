using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;
using Microsoft.AspNetCore.Diagnostics;

namespace Hanyang.Gis.Server.Health;

/// <summary>
/// Turns "the database is not there" (connection refused, server shutting down or starting, a broken
/// connection, a timeout — bare or wrapped by EF Core, e.g. in a RetryLimitExceededException) and "the
/// database refuses the server's login" into 503 problem details with Retry-After instead of a 500 (or,
/// worse, a 409). Npgsql drops broken connections from its pool, so the next request after PostGIS
/// returns connects afresh: the server recovers by itself.
/// </summary>
internal sealed class StoreUnavailable(IProblemDetailsService problems, IConfiguration configuration) : IExceptionHandler
{
    /// <summary>The Retry-After of every 503 about the store, in seconds.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (PostGisFailures.Classify(exception) is not { } reason)
        {
            return false;
        }

        var detail = reason is NotReadyReason.LoginRefused or NotReadyReason.NotMigrated
            ? PostGisFailures.Describe(exception, configuration.GetConnectionString("Plan"), "ConnectionStrings:Plan")
            : $"the PostGIS plan database does not answer ({Innermost(exception).Message.TrimEnd('.')}); the server retries on every request and recovers when the database is back — check that PostgreSQL runs (scripts/postgis.sh status)";
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
