using Hanyang.Gis.Application.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hanyang.Gis.Server.Http;

/// <summary>A use case's failure as problem details: invalid → 400 with every problem in "errors", not found → 404, unanswerable → 422.</summary>
internal static class UseCaseProblems
{
    public static ProblemHttpResult Of(UseCaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind switch
        {
            FailureKind.Invalid => TypedResults.Problem(title: failure.Title, detail: failure.Detail, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = failure.Problems.ToArray() }),
            FailureKind.NotFound => TypedResults.Problem(title: failure.Title, detail: failure.Detail, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(title: failure.Title, detail: failure.Detail, statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }
}
