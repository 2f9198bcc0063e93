namespace Hanyang.Gis.Domain;

/// <summary>
/// Maps domain enums to the kebab-case identifiers used alike in geodata/, the CLI (<c>--kind</c>) and
/// the API, and back. Parsing is strict: an unknown identifier is an error, never a default.
/// </summary>
public static class Identifiers
{
    /// <summary>The identifier of an enum value: PascalCase → kebab-case (PrimarySchool → primary-school).</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ToId[value];

    /// <summary>Parses an identifier; returns false for anything that is not exactly one of <see cref="All{TEnum}"/>.</summary>
    public static bool TryParse<TEnum>(string? identifier, out TEnum value)
        where TEnum : struct, Enum
    {
        if (identifier is not null && Cache<TEnum>.FromId.TryGetValue(identifier, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses an identifier or throws a <see cref="FormatException"/> that lists the accepted ones.</summary>
    public static TEnum Parse<TEnum>(string? identifier)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(identifier, out var value)
            ? value
            : throw new FormatException($"'{identifier}' is not a known {typeof(TEnum).Name}; expected one of: {string.Join(", ", All<TEnum>())}");

    /// <summary>Every identifier of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Ordered;

    private static string Kebab(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ToId = Enum.GetValues<TEnum>().ToDictionary(v => v, v => Kebab(v.ToString()));
        public static readonly Dictionary<string, TEnum> FromId = ToId.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<TEnum>().Select(v => ToId[v]).ToArray();
    }
}
