namespace Hanyang.Gis.Server.Edits;

/// <summary>
/// A request the edit API refuses, with the HTTP status and a message that names the parameter or
/// property and the reason; <see cref="WriteAccess"/> turns it into RFC 9457 problem details.
/// </summary>
internal sealed class RequestProblem(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
