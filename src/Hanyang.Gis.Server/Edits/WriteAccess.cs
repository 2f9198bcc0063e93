using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Server.Edits;

/// <summary>
/// Guards every write. The operator enables writes by configuring a bearer token (<c>Auth:Token</c>,
/// environment <c>Auth__Token</c>); without one every write is refused with 403. A request without
/// <c>Authorization: Bearer &lt;token&gt;</c>, or with another token, gets 401 and changes nothing. Bodies over
/// <c>Edits:MaxBodyBytes</c> (default 5 MB) get 413, a POST or PUT body that is not JSON (application/json,
/// application/geo+json, UTF-8) gets 415. Also maps <see cref="EditConflictException"/> to 409 problem details.
/// </summary>
internal sealed class WriteAccess(IConfiguration configuration) : IEndpointFilter
{
    public const long DefaultMaxBodyBytes = 5 * 1024 * 1024;

    public long MaxBodyBytes => long.TryParse(configuration["Edits:MaxBodyBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : DefaultMaxBodyBytes;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = configuration["Auth:Token"];
        if (string.IsNullOrEmpty(token))
        {
            return Results.Problem(title: "writes are disabled", statusCode: StatusCodes.Status403Forbidden,
                detail: "this server has no write token: the operator enables writes by setting Auth:Token (environment variable Auth__Token) and restarting; clients then send Authorization: Bearer <token>");
        }

        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(title: "authentication required", statusCode: StatusCodes.Status401Unauthorized,
                detail: "Authorization: writes need the header 'Authorization: Bearer <token>' with the operator's token");
        }

        // Hashes first: FixedTimeEquals is constant-time only for inputs of equal length, and a hash hides the token's length.
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(token))))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Problem(title: "authentication failed", statusCode: StatusCodes.Status401Unauthorized,
                detail: "Authorization: the bearer token is not the one this server is configured with");
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge(http.Request.ContentLength.Value);
        }

        // A body, if there is one, is JSON (a POST that only names its target, like closing a facility in a scenario, has none).
        var hasBody = http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase);
        if (hasBody && (HttpMethods.IsPost(http.Request.Method) || HttpMethods.IsPut(http.Request.Method)))
        {
            var type = http.Request.ContentType;
            if (!IsJson(type))
            {
                return Results.Problem(title: "unsupported media type", statusCode: StatusCodes.Status415UnsupportedMediaType,
                    detail: $"Content-Type: {(string.IsNullOrEmpty(type) ? "missing" : $"'{type}' is not accepted")}; send the body as application/geo+json (a GeoJSON Feature) or application/json");
            }
        }

        try
        {
            return await next(context);
        }
        catch (EditConflictException conflict)
        {
            return Results.Problem(title: "edit conflict", statusCode: StatusCodes.Status409Conflict, detail: conflict.ActualVersion is { } actual
                ? $"If-Match: '{conflict.Id}' is at version {actual}, not {conflict.ExpectedVersion}: someone else changed it; reload it and apply your change again"
                : $"'{conflict.Id}' no longer exists (expected version {conflict.ExpectedVersion}): someone else deleted it");
        }
    }

    /// <summary>True for application/json, application/geo+json and other +json media types (any charset parameter).</summary>
    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Value is { } value
        && (value.Equals("application/json", StringComparison.OrdinalIgnoreCase) || value.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        && (media.Charset.Value is null || media.Charset.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the body, at most <see cref="MaxBodyBytes"/> (also when it is sent chunked).</summary>
    public async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var max = MaxBodyBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                throw new RequestProblem(StatusCodes.Status413PayloadTooLarge, "request body too large", $"body: more than {max:N0} bytes; the limit is {max:N0} bytes (Edits:MaxBodyBytes)");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The version named by If-Match ("3", W/"3" or 3).</summary>
    public static long RequiredVersion(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0)
        {
            throw new RequestProblem(StatusCodes.Status428PreconditionRequired, "version required",
                "If-Match: send the version your change is based on (the ETag of the item, e.g. If-Match: \"1\") so that nobody's edit is overwritten unseen");
        }

        var bare = value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
        if (!long.TryParse(bare.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "If-Match is not valid", $"If-Match: '{value}' is not a version; use the item's ETag, e.g. \"1\"");
        }

        return version;
    }

    /// <summary>The ETag of a version.</summary>
    public static string ETag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    private IResult TooLarge(long length) => Results.Problem(title: "request body too large", statusCode: StatusCodes.Status413PayloadTooLarge,
        detail: $"body: {length:N0} bytes is over the limit of {MaxBodyBytes:N0} bytes (Edits:MaxBodyBytes)");
}
