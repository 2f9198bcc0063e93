using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>The feature collections the OGC API serves: one per plan layer, with Chinese titles.</summary>
internal static class OgcCollections
{
    public static readonly IReadOnlyList<(PlanLayer Layer, string Id, string Title, string Description)> All =
    [
        (PlanLayer.District, "district", "区界", "District outline (its source and accuracy are in the feature's properties)"),
        (PlanLayer.Streets, "streets", "街道", "The district's streets (each feature states its accuracy)"),
        (PlanLayer.Communities, "communities", "社区", "The district's communities with their populations (each feature states its accuracy)"),
        (PlanLayer.Water, "water", "水系", "Rivers and lakes (each feature states its accuracy)"),
        (PlanLayer.Zones, "zones", "功能分区（四区）", "The plan's functional zones (each feature states its accuracy)"),
        (PlanLayer.Belts, "belts", "两带", "The plan's river belts (each feature states its accuracy)"),
        (PlanLayer.Roads, "roads", "道路", "Noded road network (segments derived from OpenStreetMap are ODbL 1.0; each segment states its source and accuracy)"),
        (PlanLayer.Facilities, "facilities", "公共服务设施", "Schools, clinics, hospitals, elderly care, sports, parks, car parks"),
        (PlanLayer.CandidateSites, "candidate-sites", "备选地块", "Candidate sites for new facilities (each feature states its accuracy)"),
    ];

    public static bool TryFind(string id, out (PlanLayer Layer, string Id, string Title, string Description) collection)
    {
        collection = All.FirstOrDefault(c => c.Id == id);
        return collection.Id is not null;
    }

    public static string IdOf(PlanLayer layer) => Identifiers.Of(layer);
}
