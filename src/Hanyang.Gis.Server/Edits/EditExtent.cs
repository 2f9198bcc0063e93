using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Server.Edits;

/// <summary>Where an edited feature may lie: the store's own district (<see cref="DistrictExtent"/>), read as one feature, not the whole plan.</summary>
internal static class EditExtent
{
    public static async Task<DistrictExtent> FindAsync(IFeatureQueries store, CancellationToken cancellationToken)
    {
        var page = await store.ListFeaturesAsync(PlanLayer.District, null, 0, 1, cancellationToken).ConfigureAwait(false);
        if (page.Features.Count == 0)
        {
            throw new StoreNotReadyException(NotReadyReason.NotSeeded, "the plan has no district yet; load one (hanyang db seed, or an embedded geodata directory) before editing");
        }

        var district = page.Features[0];
        var name = district.Properties.TryGetValue("name", out var value) && value is string text ? text : district.Id;
        return DistrictExtent.Of(name, district.Geometry);
    }
}
