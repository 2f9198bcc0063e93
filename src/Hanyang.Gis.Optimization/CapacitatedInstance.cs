namespace Hanyang.Gis.Optimization;

/// <summary>
/// A capacitated covering instance: demand in units (school places, parking spaces) at demand points,
/// facilities in place with capacities and the demand points they reach, and candidates with a capacity,
/// the demand points they would reach and a site group (several sizes of one site share a group, and at most
/// one of a group may be chosen). Demand is served only by a facility that reaches it and no facility serves
/// more than its capacity; the objective is the demand served (the capacitated MCLP of Current &amp; Storbeck 1988).
/// </summary>
public sealed class CapacitatedInstance
{
    private readonly long[] demand;
    private readonly Supply[] existing;
    private readonly Supply[] candidates;
    private readonly int[] groups;

    /// <summary>A facility in place or a candidate: its capacity and the demand points it reaches.</summary>
    /// <param name="Capacity">Units it can serve (≥ 0).</param>
    /// <param name="Reaches">Demand points within reach.</param>
    public sealed record Supply(long Capacity, IReadOnlyList<int> Reaches);

    /// <summary>Creates an instance.</summary>
    /// <param name="demand">Units demanded at each demand point (≥ 0).</param>
    /// <param name="existing">Facilities in place.</param>
    /// <param name="candidates">Candidates.</param>
    /// <param name="groups">Site group of each candidate (null: every candidate its own site).</param>
    public CapacitatedInstance(IReadOnlyList<long> demand, IReadOnlyList<Supply> existing, IReadOnlyList<Supply> candidates, IReadOnlyList<int>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(candidates);
        this.demand = [.. demand];
        if (this.demand.Any(d => d < 0))
        {
            throw new ArgumentException($"demand point {Array.FindIndex(this.demand, d => d < 0)}: demand is negative", nameof(demand));
        }

        this.existing = [.. existing.Select((s, k) => Check(s, k, "facility in place"))];
        this.candidates = [.. candidates.Select((s, k) => Check(s, k, "candidate"))];
        this.groups = groups is null ? [.. Enumerable.Range(0, candidates.Count)] : [.. groups];
        if (this.groups.Length != candidates.Count)
        {
            throw new ArgumentException($"{this.groups.Length} groups for {candidates.Count} candidates", nameof(groups));
        }
    }

    private Supply Check(Supply supply, int index, string what)
    {
        ArgumentNullException.ThrowIfNull(supply);
        if (supply.Capacity < 0 || supply.Reaches.Any(i => i < 0 || i >= demand.Length))
        {
            throw new ArgumentException($"{what} {index}: capacity {supply.Capacity} or a demand index is out of range");
        }

        return supply with { Reaches = [.. supply.Reaches.Distinct().Order()] };
    }

    /// <summary>Number of demand points.</summary>
    public int DemandCount => demand.Length;

    /// <summary>Number of candidates.</summary>
    public int CandidateCount => candidates.Length;

    /// <summary>Facilities in place.</summary>
    public IReadOnlyList<Supply> Existing => existing;

    /// <summary>Candidates.</summary>
    public IReadOnlyList<Supply> Candidates => candidates;

    /// <summary>Units demanded at a demand point.</summary>
    public long Demand(int point) => demand[point];

    /// <summary>The site group of a candidate.</summary>
    public int Group(int candidate) => groups[candidate];

    /// <summary>Total units demanded.</summary>
    public long TotalDemand => demand.Sum();

    /// <summary>
    /// The best assignment of demand to the facilities in place plus <paramref name="chosen"/> candidates
    /// (a maximum flow): units served in all, and per facility (in place first, then the chosen in order) and per
    /// demand point the units served.
    /// </summary>
    public CapacitatedAssignment Assign(IReadOnlyList<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var supplies = existing.Concat(chosen.Select(j => candidates[j])).ToArray();
        return MaxFlow.Assign(demand, supplies);
    }
}
