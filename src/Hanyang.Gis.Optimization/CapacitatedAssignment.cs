namespace Hanyang.Gis.Optimization;

/// <summary>An assignment of demand to capacitated facilities.</summary>
/// <param name="Served">Units served in all.</param>
/// <param name="ServedByFacility">Units each facility serves (facilities in place first, then chosen candidates).</param>
/// <param name="ServedAtDemand">Units served at each demand point.</param>
/// <param name="Flows">Every positive (facility, demand point, units) flow.</param>
public sealed record CapacitatedAssignment(
    long Served,
    IReadOnlyList<long> ServedByFacility,
    IReadOnlyList<long> ServedAtDemand,
    IReadOnlyList<(int Facility, int Demand, long Units)> Flows);
