namespace Hanyang.Gis.Server.Http;

/// <summary>
/// The base of the absolute links the server writes (OGC self/next links, the OpenAPI server, Location).
/// With <c>Server:PublicUrl</c> configured (e.g. <c>https://gis.hanyang.example/</c>, as clients reach the server
/// behind a proxy) every link uses it and the request's Host header is never echoed; without it, links use the
/// request's scheme and host, which <c>AllowedHosts</c> (host filtering) limits to the names the operator allows.
/// </summary>
internal sealed class PublicUrl(IConfiguration configuration)
{
    private readonly string? configured = Parse(configuration["Server:PublicUrl"]);

    /// <summary>The base URL for <paramref name="request"/>, without a trailing slash.</summary>
    public string For(HttpRequest request) => configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : throw new InvalidOperationException($"configuration Server:PublicUrl '{value}' is not an absolute http(s) URL without query, e.g. https://gis.example.org");
    }
}
