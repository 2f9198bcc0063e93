namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>How many elements of an extract were left out, by reason, for the summary.</summary>
internal sealed class OsmSkipCounts
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>Counts one element left out for <paramref name="reason"/>.</summary>
    public void Add(string reason) => counts[reason] = counts.GetValueOrDefault(reason) + 1;

    /// <summary>The counts, by reason in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> ToDictionary() => new SortedDictionary<string, int>(counts, StringComparer.Ordinal);
}
