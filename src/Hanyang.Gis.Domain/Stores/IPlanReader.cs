using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>The whole plan, for analyses (role of <see cref="IPlanStore"/>).</summary>
public interface IPlanReader
{
    /// <summary>
    /// The whole plan with every edit applied, for analyses. Throws <see cref="StoreNotReadyException"/> when the
    /// store holds no plan yet (not migrated, not seeded).
    /// </summary>
    Task<PlanDataset> GetPlanAsync(CancellationToken cancellationToken);
}
