namespace Hanyang.Gis.Application.Requests;

/// <summary>
/// A request's raw values by name, as both front doors have them: a query string's values, or the text of
/// command-line options. Nothing is converted here; <see cref="RequestReader"/> reads and checks.
/// </summary>
public sealed class RequestValues
{
    private readonly Func<string, IReadOnlyList<string?>?> lookup;

    /// <summary>Values looked up by <paramref name="lookup"/>: null when the name is absent, else every value given for it.</summary>
    public RequestValues(Func<string, IReadOnlyList<string?>?> lookup) => this.lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));

    /// <summary>Values from a dictionary of one value per name (a null value counts as absent).</summary>
    public static RequestValues Of(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new RequestValues(name => values.TryGetValue(name, out var v) && v is not null ? [v] : null);
    }

    /// <summary>Every value given for <paramref name="name"/>, or null when it is absent.</summary>
    public IReadOnlyList<string?>? Get(string name) => lookup(name);

    /// <summary>True when the request names <paramref name="name"/> (with or without a value).</summary>
    public bool Has(string name) => lookup(name) is not null;
}
