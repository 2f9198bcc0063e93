using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// Service circles as part of the plan: served from the store when they were computed from the current
/// roads and facilities, otherwise computed, saved (replacing the stale set) and served. The budget is
/// rounded to 0.1 minute (<see cref="ServiceCircleSetKey"/>) for computing, storing and looking up alike.
/// </summary>
public static class StoredServiceCircles
{
    /// <summary>The circles of every existing facility of <paramref name="kind"/> and their union, from the store or freshly computed.</summary>
    /// <returns>The circles and whether they were computed now (false: served from the store).</returns>
    public static async Task<(IReadOnlyList<StoredServiceCircle> Circles, bool Computed)> GetOrComputeAsync(
        IPlanStore store, PlanDataset plan, PlanNetwork network, FacilityKind kind, TravelProfile profile, double minutes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(profile);
        var key = new ServiceCircleSetKey(kind, profile.Name, minutes);
        var version = PlanDataVersion.Of(plan);
        var stored = await store.ListServiceCirclesAsync(key, cancellationToken).ConfigureAwait(false);
        if (stored.Count > 0 && stored.All(c => c.DataVersion == version && c.Minutes == key.Minutes))
        {
            return (stored, false);
        }

        var facilities = plan.Facilities.Where(f => f.Kind == kind && f.Status == BuildStatus.Existing).ToArray();
        var (per, dissolved) = facilities.Length == 0 ? ([], null) : new ServiceCircleBuilder(new ProfiledNetwork(network, profile)).ForAll(facilities, key.Minutes);
        var now = DateTimeOffset.UtcNow;
        var circles = per.Append(dissolved).OfType<ServiceCircle>()
            .Select(c => new StoredServiceCircle($"{key}/{c.Facility?.Id.Value ?? "dissolved"}", kind, profile.Name, key.Minutes, c.Facility?.Id, c.Area, c.ReachedMeters, version, now))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        await store.ReplaceServiceCirclesAsync(key, circles, cancellationToken).ConfigureAwait(false);
        return (circles, true);
    }
}
