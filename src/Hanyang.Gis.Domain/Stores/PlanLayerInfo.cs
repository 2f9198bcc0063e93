using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Everything the system says about one <see cref="PlanLayer"/> outside a store's own tables: its identifier
/// (collection name of the API, layer name of the CLI), its Chinese title, what it holds, its queryables and
/// how its features are read from a <see cref="PlanDataset"/>. <see cref="PlanLayers"/> lists them.
/// </summary>
/// <param name="Layer">The layer.</param>
/// <param name="Title">The title a user sees (zh-CN), e.g. "道路".</param>
/// <param name="Description">What the layer holds and where it comes from (English, for GIS users and developers).</param>
/// <param name="Queryables">The properties its features can be filtered on by equality (OGC API – Features, Part 1 §7.15.5).</param>
/// <param name="Editable">True when users edit its features (versioned; written through <see cref="IFacilityEdits"/>).</param>
/// <param name="Read">The layer's features in a plan, in any order (see <see cref="PlanFeatures.Of"/> for the ordered list).</param>
public sealed record PlanLayerInfo(
    PlanLayer Layer,
    string Title,
    string Description,
    IReadOnlyList<PlanQueryable> Queryables,
    bool Editable,
    Func<PlanDataset, IEnumerable<PlanFeature>> Read)
{
    /// <summary>The layer's identifier: the API's collection name and the CLI's layer name, e.g. "candidate-sites".</summary>
    public string Id => Identifiers.Of(Layer);
}
