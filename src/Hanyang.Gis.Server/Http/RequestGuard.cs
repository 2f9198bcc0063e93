namespace Hanyang.Gis.Server.Http;

/// <summary>
/// Refuses, before any endpoint runs, a path or query parameter that holds a control character (NUL above
/// all: PostgreSQL text cannot store it, and no name, id or number contains one). The 400 names the
/// parameter (or the path) and the character.
/// </summary>
internal sealed class RequestGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (FindControl(request.Path.Value) is { } inPath)
        {
            return RefuseAsync(context, $"path: contains the control character {inPath}; ids and names hold no control characters");
        }

        foreach (var (name, values) in request.Query)
        {
            if (FindControl(name) is { } inName)
            {
                return RefuseAsync(context, $"query: a parameter name contains the control character {inName}");
            }

            foreach (var value in values)
            {
                if (FindControl(value) is { } inValue)
                {
                    return RefuseAsync(context, $"{name}: contains the control character {inValue}; give text without control characters");
                }
            }
        }

        return next(context);
    }

    /// <summary>The first control character (U+0000–U+001F, U+007F) as "U+0000"; null when there is none.</summary>
    public static string? FindControl(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is < '\u0080')
            {
                return $"U+{(int)c:X4}";
            }
        }

        return null;
    }

    private static Task RefuseAsync(HttpContext context, string detail) =>
        Results.Problem(title: "the request holds a control character", detail: detail, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
}
