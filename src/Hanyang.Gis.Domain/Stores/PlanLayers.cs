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
        Info(PlanLayer.District, "区界", "District outline (its source and accuracy are in the feature's properties)", [], p => [PlanFeatures.From(p.District)]),
        Info(PlanLayer.Streets, "街道", "The district's streets (each feature states its accuracy)", [], p => p.Streets.Select(PlanFeatures.From)),
        Info(PlanLayer.Communities, "社区", "The district's communities with their populations (each feature states its accuracy)", [StreetCode, Accuracy], p => p.Communities.Select(PlanFeatures.From)),
        Info(PlanLayer.Water, "水系", "Rivers and lakes (each feature states its accuracy)", [new("kind", "lake"), Accuracy], p => p.Water.Select(PlanFeatures.From)),
        Info(PlanLayer.Zones, "功能分区（四区）", "The plan's functional zones (each feature states its accuracy)", [], p => p.Zones.Select(PlanFeatures.From)),
        Info(PlanLayer.Belts, "两带", "The plan's river belts (each feature states its accuracy)", [], p => p.Belts.Select(PlanFeatures.From)),
        Info(PlanLayer.Roads, "道路", "Noded road network (segments derived from OpenStreetMap are ODbL 1.0; each segment states its source and accuracy)",
            [new("class", "arterial"), new("status", "existing"), new("skeleton", "east-west"), Accuracy], p => p.Roads.Select(PlanFeatures.From)),
        Info(PlanLayer.Facilities, "公共服务设施", "Schools, clinics, hospitals, elderly care, sports, parks, car parks",
            [new("kind", "primary-school"), new("status", "existing"), StreetCode, Accuracy], p => p.Facilities.Select(f => PlanFeatures.From(f)), editable: true),
        Info(PlanLayer.CandidateSites, "备选地块", "Candidate sites for new facilities (each feature states its accuracy)",
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
