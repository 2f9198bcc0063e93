using System.Globalization;
using Hanyang.Gis.Application.Requests;

namespace Hanyang.Gis.Cli;

/// <summary>
/// The CLI's side of the application layer: option values go in as text (the form both front doors share),
/// a request the application refuses is a usage error (exit code 2), and a use case's failure is reported as
/// the CLI words it: "--field value: reason" when it is about one option, its detail otherwise (exit code 1).
/// </summary>
internal static class CliRequests
{
    /// <summary>Option values by the application's field names; a null value is an option not given.</summary>
    public static RequestValues Values(params (string Field, string? Value)[] values) =>
        RequestValues.Of(values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal));

    /// <summary>A number as the application reads it.</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The parsed request, or <see cref="UsageException"/> naming every problem.</summary>
    public static T Parsed<T>(Outcome<T> outcome)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Value ?? throw new UsageException(Worded(outcome.Failure!));
    }

    /// <summary>The use case's value, or <see cref="UseCaseException"/> worded for the command line.</summary>
    public static T Answer<T>(Outcome<T> outcome)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Value ?? throw new UseCaseException(Worded(outcome.Failure!), new InvalidOperationException(outcome.Failure!.Detail));
    }

    /// <summary>A failure as the command line words it: about an option, "--option value: reason".</summary>
    public static string Worded(UseCaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure is { Field: { } field, Value: { } value, Reason: { } reason } ? $"--{field} {value}: {reason}" : failure.Detail;
    }
}
