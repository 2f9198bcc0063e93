namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// A least-recently-used map bounded by entry count and by total weight: adding past either bound evicts
/// the least recently used entries, and a value heavier than the whole weight bound is not held at all.
/// Thread-safe.
/// </summary>
internal sealed class BoundedLru<TKey, TValue>(int maxCount, long maxWeight, Func<TValue, long> weigh)
    where TKey : notnull
{
    private readonly Lock sync = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> index = [];
    private readonly LinkedList<Entry> recency = new();
    private long weight;

    /// <summary>How many entries are held.</summary>
    public int Count
    {
        get
        {
            lock (sync)
            {
                return index.Count;
            }
        }
    }

    /// <summary>The total weight held.</summary>
    public long Weight
    {
        get
        {
            lock (sync)
            {
                return weight;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, which becomes the most recently used; false when not held.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        lock (sync)
        {
            if (index.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Holds <paramref name="value"/> under <paramref name="key"/> (replacing what it held), evicting as the bounds require.</summary>
    public void Put(TKey key, TValue value)
    {
        var valueWeight = weigh(value);
        lock (sync)
        {
            if (index.Remove(key, out var old))
            {
                recency.Remove(old);
                weight -= old.Value.Weight;
            }

            if (valueWeight > maxWeight || maxCount < 1)
            {
                return;
            }

            index[key] = recency.AddFirst(new Entry(key, value, valueWeight));
            weight += valueWeight;
            while (index.Count > maxCount || weight > maxWeight)
            {
                var last = recency.Last!;
                recency.RemoveLast();
                index.Remove(last.Value.Key);
                weight -= last.Value.Weight;
            }
        }
    }

    private readonly record struct Entry(TKey Key, TValue Value, long Weight);
}
