using Hanyang.Gis.Server.Edits;
using Microsoft.AspNetCore.Diagnostics;

namespace Hanyang.Gis.Server.Http;

/// <summary>
/// Turns a request the server refuses into RFC 9457 problem details, wherever it is found: a
/// <see cref="RequestProblem"/> (its own status, title and a detail naming the parameter or JSON path), and the
/// framework's <see cref="BadHttpRequestException"/> (a body it could not read, a request cut short) as its 4xx.
/// </summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            RequestProblem problem => (problem.Status, problem.Title, problem.Message),
            BadHttpRequestException bad => (bad.StatusCode, "the request could not be read", $"body: {bad.Message}"),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
