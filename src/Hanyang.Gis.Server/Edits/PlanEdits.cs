using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Edits;

/// <summary>
/// Feature bodies to facilities and candidate sites. Properties use the names the OGC items show.
/// What a planner enters through the API is labelled accuracy "approximate" unless the body says otherwise,
/// and its source says it was entered through the API.
/// </summary>
internal static class PlanEdits
{
    private const string Source = "entered through the Hanyang.Gis API";

    /// <summary>The largest plot a candidate site may be: 10 km² (a school plot is a few hectares; all of Hanyang is 112 km²).</summary>
    public const double MaxPlotSquareMeters = 10_000_000;

    public static Facility ToFacility(FeatureBody body, string id)
    {
        var kind = Parse<FacilityKind>(body, "kind", body.RequiredText("kind", $"use one of {string.Join(", ", Identifiers.All<FacilityKind>())}"));
        var name = body.RequiredText("name", "every facility needs its name");
        var location = body.Geometry as Point ?? throw FeatureBody.Unprocessable($"geometry: a facility is a Point, not a {body.Geometry.GeometryType}");
        var capacity = body.Count("capacity");
        var unit = body.Text("capacity_unit") is { } u ? Parse<CapacityUnit>(body, "capacity_unit", u) : (CapacityUnit?)null;
        if (capacity is not null && unit is null)
        {
            throw FeatureBody.Unprocessable($"properties.capacity_unit: missing; a capacity needs its unit ({string.Join(", ", Identifiers.All<CapacityUnit>())})");
        }

        var status = body.Text("status") is { } s ? Parse<BuildStatus>(body, "status", s) : BuildStatus.Planned;
        var street = body.Text("street_code") is { Length: > 0 } code ? new StreetCode(code) : (StreetCode?)null;
        return new Facility(new FacilityId(id), kind, name, capacity, unit, status, NamedInPlan: false, MedicalCircle: null, street, location, ProvenanceOf(body));
    }

    public static CandidateSite ToCandidateSite(FeatureBody body, string id)
    {
        var name = body.RequiredText("name", "every candidate site needs its name");
        var kinds = body.Texts("suitable_kinds") ?? throw FeatureBody.Unprocessable($"properties.suitable_kinds: missing; list the facility kinds the plot could take ({string.Join(", ", Identifiers.All<FacilityKind>())})");
        if (kinds.Count == 0)
        {
            throw FeatureBody.Unprocessable("properties.suitable_kinds: empty; list at least one facility kind");
        }

        var parsed = kinds.Select(k => Parse<FacilityKind>(body, "suitable_kinds", k)).ToArray();
        var shortage = Parse<ShortageArea>(body, "shortage_area", body.RequiredText("shortage_area", $"use one of {string.Join(", ", Identifiers.All<ShortageArea>())}"));
        if (body.Geometry is not (Point or Polygon or MultiPolygon))
        {
            throw FeatureBody.Unprocessable($"geometry: a candidate site is a Point or the plot's Polygon, not a {body.Geometry.GeometryType}");
        }

        if (body.Geometry.Area > MaxPlotSquareMeters)
        {
            throw FeatureBody.Unprocessable($"geometry: the plot covers {body.Geometry.Area / 1e6:0.##} km²; a candidate plot covers at most {MaxPlotSquareMeters / 1e6:0} km² — draw the plot itself, not the area around it");
        }

        var area = body.Count("area_m2") ?? (body.Geometry is Point ? null : (int)Math.Round(body.Geometry.Area));
        return new CandidateSite(new CandidateSiteId(id), name, parsed, shortage, area, body.Geometry, ProvenanceOf(body));
    }

    /// <summary>The id in a POST body, or a new one.</summary>
    public static string NewId(FeatureBody body, string prefix)
    {
        var id = body.Text("id") ?? $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        return IsId(id) ? id : throw FeatureBody.Unprocessable($"properties.id: '{id}' is not an id; use 1–64 letters, digits, '-' or '_'");
    }

    /// <summary>Refuses a body whose id differs from the URL's.</summary>
    public static void RequireSameId(FeatureBody body, string id)
    {
        if (body.Text("id") is { } given && given != id)
        {
            throw FeatureBody.Unprocessable($"properties.id: '{given}' differs from the id in the URL '{id}'; ids cannot be changed");
        }
    }

    public static bool IsId(string id) => FeatureIds.IsValid(id);

    private static Provenance ProvenanceOf(FeatureBody body) =>
        new(body.Text("accuracy") is { } a ? Parse<Accuracy>(body, "accuracy", a) : Accuracy.Approximate, body.Text("source") is { Length: > 0 } s ? s : Source);

    private static TEnum Parse<TEnum>(FeatureBody body, string property, string text)
        where TEnum : struct, Enum =>
        Identifiers.TryParse<TEnum>(text, out var value)
            ? value
            : throw FeatureBody.Unprocessable($"properties.{property}: '{text}' is not known; use one of {string.Join(", ", Identifiers.All<TEnum>())}");
}
