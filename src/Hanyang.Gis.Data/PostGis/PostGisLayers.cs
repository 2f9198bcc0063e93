using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The one place that maps each <see cref="PlanLayer"/> to its PostGIS table, row type and tile columns
/// (the store's counterpart of <see cref="PlanLayers"/>). Tile columns are renamed to the properties of the
/// OGC API items (<see cref="PlanFeatures"/>); array columns are joined with commas, as MVT has no array values.
/// </summary>
internal static class PostGisLayers
{
    private const string Provenance = "accuracy, source";

    private static readonly PostGisLayer[] All =
    [
        new PostGisLayer<DistrictRow>(PlanLayer.District, PlanTables.District, "code", $"code AS id, name, code AS adcode, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r))),
        new PostGisLayer<StreetRow>(PlanLayer.Streets, PlanTables.Streets, "code", $"code AS id, code, name, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r))),
        new PostGisLayer<CommunityRow>(PlanLayer.Communities, PlanTables.Communities, "code", $"code AS id, code, name, street_code, population, households, population_source, population_year, array_to_string(population_age_groups, ',') AS age_groups, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r)), PlanSql.CommunityGeometry),
        new PostGisLayer<WaterRow>(PlanLayer.Water, PlanTables.Water, "id", $"id, name, kind, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r))),
        new PostGisLayer<ZoneRow>(PlanLayer.Zones, PlanTables.Zones, "id", $"id, name, array_to_string(parts, ',') AS parts, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r))),
        new PostGisLayer<BeltRow>(PlanLayer.Belts, PlanTables.Belts, "id", $"id, name, river, array_to_string(parts, ',') AS parts, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r))),
        new PostGisLayer<RoadRow>(PlanLayer.Roads, PlanTables.Roads, "id", $"id, name, \"class\", skeleton, skeleton_also, oneway, bridge, tunnel, \"layer\", walkable, status, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r))),
        new PostGisLayer<FacilityRow>(PlanLayer.Facilities, PlanTables.Facilities, "id", $"id, kind, name, capacity, capacity_unit, status, named_in_plan, medical_circle, street_code, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r), r.Version)),
        new PostGisLayer<CandidateSiteRow>(PlanLayer.CandidateSites, PlanTables.CandidateSites, "id", $"id, name, array_to_string(suitable_kinds, ',') AS suitable_kinds, shortage_area, area_m2, {Provenance}", r => PlanFeatures.From(RowMapping.ToDomain(r), r.Version)),
    ];

    /// <summary>How <paramref name="layer"/> lives in PostGIS.</summary>
    public static PostGisLayer Of(PlanLayer layer) =>
        All.FirstOrDefault(l => l.Layer == layer) ?? throw new ArgumentOutOfRangeException(nameof(layer), layer, "not a plan layer");
}
