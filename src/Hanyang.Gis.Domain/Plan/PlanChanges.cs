using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Plan;

/// <summary>A plan with facilities taken out and added: what a scenario or a siting proposal does to the plan, written once.</summary>
public static class PlanChanges
{
    /// <summary>
    /// <paramref name="plan"/> without the facilities <paramref name="removed"/> names and with <paramref name="added"/>
    /// after the rest, as they are (a caller that means them as built sets their status first).
    /// </summary>
    public static PlanDataset WithFacilities(this PlanDataset plan, IEnumerable<FacilityId> removed, IEnumerable<Facility> added)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var gone = removed.ToHashSet();
        return plan with { Facilities = [.. plan.Facilities.Where(f => !gone.Contains(f.Id)), .. added] };
    }
}
