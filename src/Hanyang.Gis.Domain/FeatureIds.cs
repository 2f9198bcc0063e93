namespace Hanyang.Gis.Domain;

/// <summary>
/// The one rule for the ids of features and scenarios a planner gives (facilities, candidate sites,
/// scenarios): 1–64 ASCII letters, digits, '-' or '_'. Such an id needs no escaping in a URL path
/// (/ogc/collections/facilities/items/{id}), so every id the system stores is one the API can address;
/// the importers and the edit API refuse any other.
/// </summary>
public static class FeatureIds
{
    /// <summary>The longest id, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule in words, for messages: "use 1–64 ASCII letters, digits, '-' or '_'".</summary>
    public const string Rule = "use 1–64 ASCII letters, digits, '-' or '_'";

    /// <summary>True when <paramref name="id"/> follows the rule.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
