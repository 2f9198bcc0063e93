namespace Hanyang.Gis.Optimization;

/// <summary>
/// A covering instance: demand points with integer weights (residents, school places), candidate sites each
/// covering a set of demand points (within the travel budget), and the demand points that facilities already
/// in place cover. Used by the maximal covering (MCLP, Church &amp; ReVelle 1974) and set covering (LSCP, Toregas
/// et al. 1971) models. Knows nothing of maps: the coverage sets come from whoever built the matrix.
/// </summary>
public sealed class CoverageInstance
{
    private readonly long[] weights;
    private readonly int[][] covers;
    private readonly int[][] coveredBy;
    private readonly bool[] alreadyCovered;

    /// <summary>Creates an instance; checks that every index is in range and every weight is non-negative.</summary>
    /// <param name="weights">Demand weight of each demand point (≥ 0).</param>
    /// <param name="covers">For each candidate, the demand points it would cover.</param>
    /// <param name="alreadyCovered">For each demand point, whether existing facilities already cover it (null: none do).</param>
    public CoverageInstance(IReadOnlyList<long> weights, IReadOnlyList<IReadOnlyList<int>> covers, IReadOnlyList<bool>? alreadyCovered = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(covers);
        this.weights = [.. weights];
        for (var i = 0; i < this.weights.Length; i++)
        {
            if (this.weights[i] < 0)
            {
                throw new ArgumentException($"demand point {i}: weight {this.weights[i]} is negative", nameof(weights));
            }
        }

        this.alreadyCovered = alreadyCovered is null ? new bool[this.weights.Length] : [.. alreadyCovered];
        if (this.alreadyCovered.Length != this.weights.Length)
        {
            throw new ArgumentException($"{this.alreadyCovered.Length} already-covered flags for {this.weights.Length} demand points", nameof(alreadyCovered));
        }

        this.covers = new int[covers.Count][];
        var lists = Enumerable.Range(0, this.weights.Length).Select(_ => new List<int>()).ToArray();
        for (var j = 0; j < covers.Count; j++)
        {
            this.covers[j] = [.. covers[j].Distinct().Order()];
            foreach (var i in this.covers[j])
            {
                if (i < 0 || i >= this.weights.Length)
                {
                    throw new ArgumentException($"candidate {j}: demand point {i} is out of range 0..{this.weights.Length - 1}", nameof(covers));
                }

                lists[i].Add(j);
            }
        }

        coveredBy = [.. lists.Select(l => l.ToArray())];
    }

    /// <summary>Number of demand points.</summary>
    public int DemandCount => weights.Length;

    /// <summary>Number of candidate sites.</summary>
    public int CandidateCount => covers.Length;

    /// <summary>The weight of demand point <paramref name="demand"/>.</summary>
    public long Weight(int demand) => weights[demand];

    /// <summary>Whether facilities already in place cover <paramref name="demand"/>.</summary>
    public bool IsAlreadyCovered(int demand) => alreadyCovered[demand];

    /// <summary>The demand points candidate <paramref name="candidate"/> covers, ascending.</summary>
    public ReadOnlySpan<int> Covers(int candidate) => covers[candidate];

    /// <summary>The candidates that cover demand point <paramref name="demand"/>, ascending.</summary>
    public ReadOnlySpan<int> CoveredBy(int demand) => coveredBy[demand];

    /// <summary>The weight already covered by facilities in place.</summary>
    public long AlreadyCoveredWeight => Enumerable.Range(0, DemandCount).Where(i => alreadyCovered[i]).Sum(i => weights[i]);

    /// <summary>The total weight covered when <paramref name="chosen"/> candidates are added to what is in place.</summary>
    public long CoveredWeight(IEnumerable<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var covered = (bool[])alreadyCovered.Clone();
        foreach (var j in chosen)
        {
            foreach (var i in covers[j])
            {
                covered[i] = true;
            }
        }

        return Enumerable.Range(0, DemandCount).Where(i => covered[i]).Sum(i => weights[i]);
    }

    /// <summary>Demand points with weight that neither facilities in place nor any candidate can cover.</summary>
    public IReadOnlyList<int> Uncoverable() =>
        [.. Enumerable.Range(0, DemandCount).Where(i => weights[i] > 0 && !alreadyCovered[i] && coveredBy[i].Length == 0)];
}
