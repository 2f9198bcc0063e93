namespace Hanyang.Gis.Application.Requests;

/// <summary>Why a use case gave no answer: the request was wrong (<see cref="FailureKind.Invalid"/>), named nothing that exists, or cannot be answered.</summary>
/// <param name="Kind">What kind of failure: each front door turns it into its own answer (a 400, 404 or 422; an exit code).</param>
/// <param name="Title">A short title (the problem details' title).</param>
/// <param name="Problems">Every problem, each naming the field it is about and what was expected.</param>
public sealed record UseCaseFailure(FailureKind Kind, string Title, IReadOnlyList<string> Problems)
{
    /// <summary>For a failure about one field's value: the field, as the application names it (e.g. community).</summary>
    public string? Field { get; init; }

    /// <summary>For a failure about one field's value: the value given.</summary>
    public string? Value { get; init; }

    /// <summary>For a failure about one field's value: what is wrong with it, without the field and value.</summary>
    public string? Reason { get; init; }

    /// <summary>The title of every invalid analysis request.</summary>
    public const string InvalidAnalysis = "the analysis request is not valid";

    /// <summary>The problems in one line.</summary>
    public string Detail => string.Join("; ", Problems);

    /// <summary>An invalid request with <paramref name="problems"/>.</summary>
    public static UseCaseFailure Invalid(string title, IReadOnlyList<string> problems) => new(FailureKind.Invalid, title, problems);

    /// <summary>Nothing has the name or id the request gave.</summary>
    public static UseCaseFailure NotFound(string title, string detail) => new(FailureKind.NotFound, title, [detail]);

    /// <summary>A failure about one field's value: its problem reads "field 'value': reason".</summary>
    public static UseCaseFailure About(FailureKind kind, string title, string field, string value, string reason) =>
        new(kind, title, [$"{field} '{value}': {reason}"]) { Field = field, Value = value, Reason = reason };

    /// <summary>The request is well formed but the plan cannot answer it.</summary>
    public static UseCaseFailure Unprocessable(string title, string detail) => new(FailureKind.Unprocessable, title, [detail]);
}

/// <summary>The kinds of <see cref="UseCaseFailure"/>.</summary>
public enum FailureKind
{
    /// <summary>The request is malformed or out of range (HTTP 400, CLI usage).</summary>
    Invalid,

    /// <summary>The request names something that does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The request is well formed but has no answer on this plan (HTTP 422).</summary>
    Unprocessable,
}
