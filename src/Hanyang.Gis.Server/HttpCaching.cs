namespace Hanyang.Gis.Server;

/// <summary>Strong ETags from content hashes, and the If-None-Match test (RFC 9110 §13.1.2), for every cached answer.</summary>
internal static class HttpCaching
{
    /// <summary>A strong ETag of the first 128 bits of a SHA-256 hash: "0123…ef".</summary>
    public static string ETag(ReadOnlySpan<byte> hash) => $"\"{Convert.ToHexStringLower(hash[..16])}\"";

    /// <summary>True when the request's If-None-Match names <paramref name="etag"/> or "*": answer 304.</summary>
    public static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "*"));
}
