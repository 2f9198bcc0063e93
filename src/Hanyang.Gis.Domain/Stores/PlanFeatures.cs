using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Turns domain records into <see cref="PlanFeature"/>s with the snake_case properties of geodata/, so
/// that every store, the API and the map show the same names.
/// </summary>
public static class PlanFeatures
{
    /// <summary>Every feature of <paramref name="layer"/> in <paramref name="plan"/>, ordered by id.</summary>
    public static IEnumerable<PlanFeature> Of(PlanDataset plan, PlanLayer layer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var features = PlanLayers.Of(layer).Read(plan);
        return features.OrderBy(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The district as a feature.</summary>
    public static PlanFeature From(District d) => new(PlanLayer.District, d.Code, d.Boundary, With(d.Provenance, ("id", d.Code), ("name", d.Name), ("adcode", d.Code)), 0);

    /// <summary>A street as a feature.</summary>
    public static PlanFeature From(Street s) => new(PlanLayer.Streets, s.Code.Value, s.Area, With(s.Provenance, ("id", s.Code.Value), ("code", s.Code.Value), ("name", s.Name)), 0);

    /// <summary>
    /// A community as a feature: its area when it has one, else its point. population_source and population_year say
    /// where the population comes from; age_groups lists "group:residents" in the source's order.
    /// </summary>
    public static PlanFeature From(Community c) => new(PlanLayer.Communities, c.Code.Value, c.Area ?? c.Location, With(c.Provenance,
        ("id", c.Code.Value), ("code", c.Code.Value), ("name", c.Name), ("street_code", c.Street.Value), ("population", c.Population), ("households", c.Households),
        ("population_source", c.PopulationSource?.Source), ("population_year", c.PopulationSource?.Year),
        ("age_groups", c.PopulationSource is { AgeGroups.Count: > 0 } p ? AgeGroupLabels(p.AgeGroups) : null)), 0);

    /// <summary>Age groups as "group:residents" strings, in order (the form of the age_groups property and column).</summary>
    public static string[] AgeGroupLabels(IReadOnlyList<AgeGroupCount> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Select(g => $"{g.Group}:{g.Residents.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ToArray();
    }

    /// <summary>The inverse of <see cref="AgeGroupLabels"/> (the count follows the last colon).</summary>
    public static IReadOnlyList<AgeGroupCount> ParseAgeGroupLabels(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Select(l =>
        {
            var colon = l.LastIndexOf(':');
            return new AgeGroupCount(l[..colon], int.Parse(l[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }).ToArray();
    }

    /// <summary>A water body as a feature.</summary>
    public static PlanFeature From(WaterBody w) => new(PlanLayer.Water, w.Id, w.Area, With(w.Provenance, ("id", w.Id), ("name", w.Name), ("kind", Identifiers.Of(w.Kind))), 0);

    /// <summary>A zone as a feature.</summary>
    public static PlanFeature From(PlanningZone z) => new(PlanLayer.Zones, z.Id.Value, z.Area, With(z.Provenance, ("id", z.Id.Value), ("name", z.Name), ("parts", z.Parts)), 0);

    /// <summary>A belt as a feature.</summary>
    public static PlanFeature From(RiverBelt b) => new(PlanLayer.Belts, b.Id.Value, b.Area, With(b.Provenance, ("id", b.Id.Value), ("name", b.Name), ("river", b.River), ("parts", b.Parts)), 0);

    /// <summary>A road segment as a feature.</summary>
    public static PlanFeature From(Road r) => new(PlanLayer.Roads, r.Id.Value, r.Geometry, With(r.Provenance,
        ("id", r.Id.Value), ("name", r.Name), ("class", Identifiers.Of(r.Class)), ("skeleton", r.Skeleton is { } s ? Identifiers.Of(s) : null),
        ("skeleton_also", r.AlsoSkeleton is { } a ? Identifiers.Of(a) : null), ("oneway", r.OneWay), ("bridge", r.Bridge), ("tunnel", r.Tunnel),
        ("layer", r.Layer), ("walkable", r.Walkable), ("status", Identifiers.Of(r.Status))), 0);

    /// <summary>A facility as a feature.</summary>
    public static PlanFeature From(Facility f, long version = 0) => new(PlanLayer.Facilities, f.Id.Value, f.Location, With(f.Provenance,
        ("id", f.Id.Value), ("kind", Identifiers.Of(f.Kind)), ("name", f.Name), ("capacity", f.Capacity),
        ("capacity_unit", f.CapacityUnit is { } u ? Identifiers.Of(u) : null), ("status", Identifiers.Of(f.Status)),
        ("named_in_plan", f.NamedInPlan), ("medical_circle", f.MedicalCircle is { } m ? Identifiers.Of(m) : null),
        ("street_code", f.Street?.Value)), version);

    /// <summary>A candidate site as a feature.</summary>
    public static PlanFeature From(CandidateSite s, long version = 0) => new(PlanLayer.CandidateSites, s.Id.Value, s.Geometry, With(s.Provenance,
        ("id", s.Id.Value), ("name", s.Name), ("suitable_kinds", s.SuitableKinds.Select(Identifiers.Of).ToArray()),
        ("shortage_area", Identifiers.Of(s.ShortageArea)), ("area_m2", s.AreaSquareMeters)), version);

    private static Dictionary<string, object?> With(Provenance provenance, params (string Key, object? Value)[] values)
    {
        var properties = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        properties["accuracy"] = Identifiers.Of(provenance.Accuracy);
        properties["source"] = provenance.Source;
        return properties;
    }
}
