namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The cached service circles of standard budgets (role of <see cref="IPlanStore"/>): derived data, replaced
/// as whole sets and pruned freely.
/// </summary>
public interface IServiceCircleStore
{
    /// <summary>
    /// Replaces, in one step, the stored service circles of <paramref name="circleSet"/> with <paramref name="circles"/>.
    /// Safe when another process replaces the same set at the same moment: one complete set wins.
    /// </summary>
    Task ReplaceServiceCirclesAsync(ServiceCircleSetKey circleSet, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken);

    /// <summary>The stored service circles of <paramref name="circleSet"/>, ordered by id; empty when none were stored.</summary>
    Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(ServiceCircleSetKey circleSet, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every stored set of service circles that <paramref name="keep"/> refuses, and any stored under
    /// a budget that is not canonical (left by earlier versions); returns how many sets went. Circles are
    /// derived data: a deleted set is computed again when asked for.
    /// </summary>
    Task<int> PruneServiceCirclesAsync(Func<ServiceCircleSetKey, bool> keep, CancellationToken cancellationToken);
}
