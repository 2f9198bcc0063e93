using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Writes an <see cref="OsmExtract"/> into the plan in two all-or-nothing steps: first its facilities, added through
/// <see cref="IPlanImports.AddFacilitiesAsync"/>, then its roads and water, which replace the plan's
/// (<see cref="IPlanImports.ReplaceNetworkAsync"/>). A facility whose id (osm-&lt;type&gt;-&lt;id&gt;) is already in the plan with
/// an OpenStreetMap source came from an earlier import of the same element: it is kept as it is — with any edit a
/// planner made since — and counted, not added again. So importing the same extract twice succeeds, and it completes
/// an import cut short between the two steps. An id already taken by a facility from another source is refused
/// (<see cref="DuplicateIdException"/>) and nothing is written.
/// </summary>
public static class OsmPlanWriter
{
    private const string OsmSourcePrefix = "OpenStreetMap";

    /// <summary>Writes <paramref name="extract"/> into <paramref name="store"/> and says what was written.</summary>
    public static async Task<OsmWriteResult> WriteAsync(IPlanStore store, OsmExtract extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extract);
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        var fromOsm = plan.Facilities
            .Where(f => f.Provenance.Source.StartsWith(OsmSourcePrefix, StringComparison.Ordinal))
            .Select(f => f.Id)
            .ToHashSet();
        var added = extract.Facilities.Where(f => !fromOsm.Contains(f.Id)).ToList();
        await store.AddFacilitiesAsync(added, cancellationToken).ConfigureAwait(false);
        await store.ReplaceNetworkAsync(extract.Roads, extract.Water, cancellationToken).ConfigureAwait(false);
        return new OsmWriteResult(extract.Roads.Count, extract.Water.Count, added.Count, extract.Facilities.Count - added.Count);
    }
}
