using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Hanyang.Gis.Server.Health;

/// <summary>
/// Turns "the database is not there" (connection refused, server shutting down or starting, a broken
/// connection, a timeout) into 503 problem details instead of a 500. Npgsql drops broken connections from
/// its pool, so the next request after PostGIS returns connects afresh: the server recovers by itself.
/// </summary>
internal sealed class StoreUnavailable(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the database cannot be reached.</summary>
    public static bool Matches(Exception exception) => Chain(exception).Any(e => e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException
        || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow });

    /// <summary>A message a planner or operator can act on.</summary>
    public static string Message(Exception exception) =>
        $"the PostGIS plan database does not answer ({Chain(exception).Last().Message.TrimEnd('.')}); the server retries on every request and recovers when the database is back — check that PostgreSQL runs (scripts/postgis.sh status)";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!Matches(exception))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "the plan database is unavailable", Detail = Message(exception) },
        });
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
