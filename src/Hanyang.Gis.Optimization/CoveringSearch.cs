namespace Hanyang.Gis.Optimization;

/// <summary>
/// Local search state for maximal covering: which candidates are chosen, how many chosen sites cover each
/// demand point, and the covered weight of the demand that is not already covered ("active").
/// </summary>
internal sealed class CoveringSearch
{
    private readonly CoverageInstance instance;
    private readonly bool[] chosen;
    private readonly int[] coverCount;
    private readonly int[] sole;
    private readonly long[] extra;
    private readonly long[] loss;

    public CoveringSearch(CoverageInstance instance)
    {
        this.instance = instance;
        var n = instance.DemandCount;
        var m = instance.CandidateCount;
        Active = new bool[n];
        for (var i = 0; i < n; i++)
        {
            Active[i] = !instance.IsAlreadyCovered(i) && instance.Weight(i) > 0 && instance.CoveredBy(i).Length > 0;
        }

        chosen = new bool[m];
        coverCount = new int[n];
        sole = new int[n];
        extra = new long[m];
        loss = new long[m];
    }

    /// <summary>Demand points that can still be gained.</summary>
    public bool[] Active { get; }

    /// <summary>Covered weight of the active demand.</summary>
    public long Value { get; private set; }

    public int[] Chosen() => [.. Enumerable.Range(0, chosen.Length).Where(j => chosen[j])];

    public void Set(IEnumerable<int> sites)
    {
        Array.Clear(chosen);
        Array.Clear(coverCount);
        Value = 0;
        foreach (var j in sites)
        {
            Toggle(j, true);
        }
    }

    /// <summary>Adds, <paramref name="count"/> times, the candidate that gains most (lowest index on ties).</summary>
    public void Greedy(int count)
    {
        for (var step = 0; step < count; step++)
        {
            var (best, bestGain) = (-1, -1L);
            for (var j = 0; j < chosen.Length; j++)
            {
                if (!chosen[j] && Gain(j) is var g && g > bestGain)
                {
                    (best, bestGain) = (j, g);
                }
            }

            Toggle(best, true);
        }
    }

    /// <summary>
    /// Best-improvement swaps until none improves: delta(in, out) = gain(in) + extra(in, out) − loss(out), where
    /// extra is the demand only `out` covers that `in` also covers.
    /// </summary>
    public void Swap()
    {
        var m = chosen.Length;
        while (true)
        {
            Array.Fill(sole, -1);
            Array.Clear(loss);
            for (var j = 0; j < m; j++)
            {
                if (!chosen[j])
                {
                    continue;
                }

                foreach (var i in instance.Covers(j))
                {
                    if (coverCount[i] == 1)
                    {
                        sole[i] = j;
                        loss[j] += Active[i] ? instance.Weight(i) : 0;
                    }
                }
            }

            var (bestIn, bestOut, bestDelta) = (-1, -1, 0L);
            for (var j = 0; j < m; j++)
            {
                if (chosen[j])
                {
                    continue;
                }

                Array.Clear(extra);
                long gain = 0;
                foreach (var i in instance.Covers(j))
                {
                    if (!Active[i])
                    {
                        continue;
                    }

                    if (coverCount[i] == 0)
                    {
                        gain += instance.Weight(i);
                    }
                    else if (coverCount[i] == 1)
                    {
                        extra[sole[i]] += instance.Weight(i);
                    }
                }

                for (var o = 0; o < m; o++)
                {
                    if (chosen[o] && gain + extra[o] - loss[o] is var delta && delta > bestDelta)
                    {
                        (bestIn, bestOut, bestDelta) = (j, o, delta);
                    }
                }
            }

            if (bestIn < 0)
            {
                return;
            }

            Toggle(bestOut, false);
            Toggle(bestIn, true);
        }
    }

    /// <summary>The marginal gain of every candidate not chosen (0 for chosen ones).</summary>
    public double[] Gains() => [.. Enumerable.Range(0, chosen.Length).Select(j => chosen[j] ? 0.0 : Gain(j))];

    private long Gain(int j)
    {
        long g = 0;
        foreach (var i in instance.Covers(j))
        {
            if (Active[i] && coverCount[i] == 0)
            {
                g += instance.Weight(i);
            }
        }

        return g;
    }

    private void Toggle(int j, bool on)
    {
        chosen[j] = on;
        foreach (var i in instance.Covers(j))
        {
            if (on)
            {
                if (coverCount[i]++ == 0 && Active[i])
                {
                    Value += instance.Weight(i);
                }
            }
            else if (--coverCount[i] == 0 && Active[i])
            {
                Value -= instance.Weight(i);
            }
        }
    }
}
