using Hanyang.Gis.Application.Requests;

namespace Hanyang.Gis.Server.Http;

/// <summary>
/// Reads an endpoint's query parameters with the application's <see cref="RequestReader"/> (one problem per bad
/// parameter, all of them in one 400). Every value is text here: nothing is bound by the framework (whose
/// failures are a bare "Bad Request").
/// </summary>
internal sealed class QueryReader(IQueryCollection query) : RequestReader(Values(query))
{
    /// <summary>The 400 answer naming every problem.</summary>
    public IResult Invalid(string title) => Problems400(title, Problems);

    /// <summary>A 400 problem whose detail lists <paramref name="found"/> and whose "errors" extension has them one by one.</summary>
    public static IResult Problems400(string title, IReadOnlyList<string> found) =>
        Results.Problem(title: title, detail: string.Join("; ", found), statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = found.ToArray() });

    /// <summary>The query's values as the application reads them.</summary>
    public static RequestValues Values(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new RequestValues(name => query.TryGetValue(name, out var values) ? values.ToArray() : null);
    }
}
