using System.Globalization;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Application.Requests;

/// <summary>
/// Reads a request's raw values and collects one problem per bad value, each naming the field, what it was
/// given and what is expected — so that a request with three mistakes hears of all three at once. Every value
/// is text here: both front doors hand their values over unconverted.
/// </summary>
public class RequestReader(RequestValues values)
{
    /// <summary>The longest value any parameter may have.</summary>
    public const int MaxValueLength = 2000;

    private readonly List<string> problems = [];

    /// <summary>What is wrong so far, one entry per parameter.</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>True when no parameter was wrong.</summary>
    public bool IsValid => problems.Count == 0;

    /// <summary>Records a problem found by the caller (a rule between parameters, say).</summary>
    public void Add(string problem) => problems.Add(problem);

    /// <summary>The parameter's one value; null when absent. Repeated or over-long values are problems.</summary>
    public string? Text(string name)
    {
        if (values.Get(name) is not { Count: > 0 } given)
        {
            return null;
        }

        if (given.Count > 1)
        {
            problems.Add($"{name}: given {given.Count} times; give it once");
            return null;
        }

        var value = given[0] ?? string.Empty;
        if (value.Length > MaxValueLength)
        {
            problems.Add($"{name}: {value.Length:N0} characters; a value has at most {MaxValueLength:N0}");
            return null;
        }

        return value;
    }

    /// <summary>A finite number in [<paramref name="min"/>, <paramref name="max"/>] (or above min when <paramref name="minExclusive"/>); <paramref name="fallback"/> when absent.</summary>
    public double? Number(string name, double min, double max, double? fallback, string what, bool minExclusive = false)
    {
        if (Text(name) is not { } text)
        {
            return values.Has(name) ? null : fallback;
        }

        var range = minExclusive ? $"more than {min:0.###} and at most {max:0.###}" : $"{min:0.###} to {max:0.###}";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problems.Add($"{name} '{Shown(text)}': not a number; give {what}, {range}");
            return null;
        }

        if ((minExclusive ? value <= min : value < min) || value > max)
        {
            problems.Add($"{name} '{Shown(text)}': out of range; give {what}, {range}");
            return null;
        }

        return value;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when absent.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The name says what the field holds, as the query's readers have always called it.")]
    public long? Integer(string name, long min, long max, long? fallback, string what)
    {
        if (Text(name) is not { } text)
        {
            return values.Has(name) ? null : fallback;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add($"{name} '{Shown(text)}': not a whole number; give {what}, {min:N0} to {max:N0}");
            return null;
        }

        if (value < min || value > max)
        {
            problems.Add($"{name} '{Shown(text)}': out of range; give {what}, {min:N0} to {max:N0}");
            return null;
        }

        return value;
    }

    /// <summary>One of an enumeration's identifiers (e.g. primary-school); <paramref name="fallback"/> when absent.</summary>
    public TEnum? Choice<TEnum>(string name, TEnum? fallback, string noun = "known value")
        where TEnum : struct, Enum
    {
        if (Text(name) is not { } text)
        {
            return values.Has(name) ? null : fallback;
        }

        if (Identifiers.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add($"{name} '{Shown(text)}' is not a {noun}; use one of {string.Join(", ", Identifiers.All<TEnum>())}");
        return null;
    }

    /// <summary>A required choice: a problem when absent too.</summary>
    public TEnum? RequiredChoice<TEnum>(string name, string noun)
        where TEnum : struct, Enum
    {
        if (!values.Has(name))
        {
            problems.Add($"{name}: missing; use one of {string.Join(", ", Identifiers.All<TEnum>())}");
            return null;
        }

        return Choice<TEnum>(name, null, noun);
    }

    /// <summary>The travel profile named by a mode (walk, walk-slow, drive, drive-peak); <paramref name="fallback"/> when absent.</summary>
    public (string Mode, TravelProfile Profile)? Mode(string name, string fallback)
    {
        var mode = Text(name) ?? (values.Has(name) ? null : fallback);
        if (mode is null)
        {
            return null;
        }

        try
        {
            return (mode, TravelProfiles.Parse(mode));
        }
        catch (FormatException)
        {
            problems.Add($"{name} '{Shown(mode)}': use walk, walk-slow, drive or drive-peak");
            return null;
        }
    }

    /// <summary>A yes/no flag: true, false, 1 or 0; false when absent.</summary>
    public bool Flag(string name)
    {
        switch (Text(name))
        {
            case null or "false" or "0":
                return false;
            case "true" or "1" or "":
                return true;
            case var other:
                problems.Add($"{name} '{Shown(other)}': use true or false");
                return false;
        }
    }

    /// <summary>A value as messages show it: at most 80 characters.</summary>
    public static string Shown(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 80 ? value : value[..77] + "…";
    }

    /// <summary>True when the request names the field (with or without a value).</summary>
    public bool Has(string name) => values.Has(name);

    /// <summary>The failure naming every problem so far, or null when there is none.</summary>
    public UseCaseFailure? Failure(string title = UseCaseFailure.InvalidAnalysis) => problems.Count == 0 ? null : UseCaseFailure.Invalid(title, [.. problems]);
}
