namespace Hanyang.Gis.Optimization;

/// <summary>
/// A p-median instance (Hakimi 1964; ReVelle &amp; Swain 1970): demand points with integer weights, the cost
/// (e.g. travel seconds) from each demand point to each candidate, and each point's cost to the nearest
/// facility already in place (or a cap for points no facility reaches). A demand point is served by the
/// cheapest open site or facility in place; the objective is the weighted total cost.
/// </summary>
public sealed class CostInstance
{
    private readonly long[] weights;
    private readonly long[] fallbackCosts;
    private readonly (int Candidate, long Cost)[][] options;

    /// <summary>Creates an instance.</summary>
    /// <param name="weights">Demand weight of each demand point (≥ 0).</param>
    /// <param name="fallbackCosts">For each demand point, its cost when no new site serves it: the cost to the nearest facility in place, or a cap.</param>
    /// <param name="costs">For each demand point, (candidate, cost) pairs; pairs not listed, or no cheaper than the fallback, never serve it.</param>
    /// <param name="candidateCount">Number of candidate sites.</param>
    public CostInstance(IReadOnlyList<long> weights, IReadOnlyList<long> fallbackCosts, IReadOnlyList<IReadOnlyList<(int Candidate, long Cost)>> costs, int candidateCount)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(fallbackCosts);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentOutOfRangeException.ThrowIfNegative(candidateCount);
        if (fallbackCosts.Count != weights.Count || costs.Count != weights.Count)
        {
            throw new ArgumentException($"{weights.Count} weights, {fallbackCosts.Count} fallback costs and {costs.Count} cost rows must match");
        }

        this.weights = [.. weights];
        this.fallbackCosts = [.. fallbackCosts];
        CandidateCount = candidateCount;
        options = new (int, long)[weights.Count][];
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0 || fallbackCosts[i] < 0)
            {
                throw new ArgumentException($"demand point {i}: weight and fallback cost must not be negative");
            }

            foreach (var (j, c) in costs[i])
            {
                if (j < 0 || j >= candidateCount || c < 0)
                {
                    throw new ArgumentException($"demand point {i}: candidate {j} with cost {c} is out of range");
                }
            }

            options[i] = [.. costs[i].Where(o => o.Cost < fallbackCosts[i]).GroupBy(o => o.Candidate).Select(g => (g.Key, g.Min(o => o.Cost))).OrderBy(o => o.Key)];
        }
    }

    /// <summary>Number of demand points.</summary>
    public int DemandCount => weights.Length;

    /// <summary>Number of candidate sites.</summary>
    public int CandidateCount { get; }

    /// <summary>The weight of a demand point.</summary>
    public long Weight(int demand) => weights[demand];

    /// <summary>The cost of a demand point when no chosen site is cheaper.</summary>
    public long FallbackCost(int demand) => fallbackCosts[demand];

    /// <summary>The candidates cheaper than the fallback for a demand point, with their costs, by candidate.</summary>
    public ReadOnlySpan<(int Candidate, long Cost)> Options(int demand) => options[demand];

    /// <summary>The weighted total cost when <paramref name="chosen"/> candidates are open.</summary>
    public long TotalCost(IEnumerable<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var open = chosen.ToHashSet();
        long total = 0;
        for (var i = 0; i < DemandCount; i++)
        {
            var best = fallbackCosts[i];
            foreach (var (j, c) in options[i])
            {
                if (c < best && open.Contains(j))
                {
                    best = c;
                }
            }

            total += weights[i] * best;
        }

        return total;
    }

    /// <summary>The weighted total cost with no new site.</summary>
    public long FallbackTotal => Enumerable.Range(0, DemandCount).Sum(i => weights[i] * fallbackCosts[i]);
}
