using System.Globalization;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Attribute values as the system keeps them (string, long, double, bool or null), and the check that
/// each attribute has one type across a file: when most features give a number and a few give text, the
/// few are type mismatches (typos such as "1O0"), reported by feature.
/// </summary>
internal static class AttributeValues
{
    /// <summary>The kept form of a value read from a file.</summary>
    public static object? Normalise(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        bool b => b,
        byte or sbyte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : (object)(double)u,
        float f => (double)f,
        double d => d,
        decimal m => m == decimal.Truncate(m) && m is >= long.MinValue and <= long.MaxValue ? (long)m : (object)(double)m,
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Describes a kept value for messages: "the number 12", "the text 'abc'", "true".</summary>
    public static string Describe(object? value) => value switch
    {
        null => "nothing",
        string s => $"the text '{(s.Length > 40 ? s[..40] + "…" : s)}'",
        bool b => b ? "true" : "false",
        IFormattable f => $"the number {f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Records a problem for each feature whose value of an attribute has another type than most features give it.</summary>
    public static void CheckConsistent(IReadOnlyList<RawFeature> features, ImportContext context)
    {
        var names = features.SelectMany(f => f.Attributes.Keys).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var kinds = features
                .Select(f => (f.Item, Value: f.Attributes.GetValueOrDefault(name)))
                .Where(x => x.Value is not null)
                .Select(x => (x.Item, x.Value, Kind: KindOf(x.Value)))
                .ToList();
            var groups = kinds.GroupBy(k => k.Kind).OrderByDescending(g => g.Count()).ToList();
            if (groups.Count < 2 || groups[0].Count() * 2 <= kinds.Count)
            {
                continue;
            }

            var majority = groups[0].Key;
            foreach (var (item, value, _) in kinds.Where(k => k.Kind != majority))
            {
                context.Problem(item, string.Create(CultureInfo.InvariantCulture,
                    $"attribute '{name}': expected {majority} like {groups[0].Count()} of the {kinds.Count} features that have it, found {Describe(value)}"));
            }
        }
    }

    private static string KindOf(object? value) => value switch
    {
        long or double => "a number",
        bool => "true or false",
        _ => "text",
    };
}
