using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The jsonb content of a scenario row: the facilities it adds as GeoJSON-like features (coordinates in
/// EPSG:4547, properties with the names of geodata/) and the ids of the facilities it removes.
/// <c>{"added":[{"type":"Feature","id":…,"geometry":{"type":"Point","coordinates":[x,y]},"properties":{…}}],"removed":[…]}</c>
/// </summary>
internal static class ScenarioContent
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static string Write(Scenario scenario) => JsonSerializer.Serialize(
        new ContentDocument(scenario.AddedFacilities.Select(ToFeature).ToList(), scenario.RemovedFacilities.Select(id => id.Value).ToList()),
        Json);

    public static (IReadOnlyList<Facility> Added, IReadOnlyList<FacilityId> Removed) Read(string content)
    {
        var document = JsonSerializer.Deserialize<ContentDocument>(content, Json)
            ?? throw new InvalidOperationException("a scenario's content is null");
        return (document.Added.Select(ToFacility).ToList().AsReadOnly(), document.Removed.Select(id => new FacilityId(id)).ToList().AsReadOnly());
    }

    private static FacilityFeature ToFeature(Facility f) => new(
        "Feature",
        f.Id.Value,
        new PointGeometry("Point", [f.Location.X, f.Location.Y]),
        new FacilityProperties(
            Identifiers.Of(f.Kind), f.Name, f.Capacity, f.CapacityUnit is { } u ? Identifiers.Of(u) : null, Identifiers.Of(f.Status), f.NamedInPlan,
            f.MedicalCircle is { } m ? Identifiers.Of(m) : null, f.Street?.Value, Identifiers.Of(f.Provenance.Accuracy), f.Provenance.Source));

    private static Facility ToFacility(FacilityFeature feature)
    {
        var p = feature.Properties;
        return new Facility(
            new FacilityId(feature.Id),
            Identifiers.Parse<FacilityKind>(p.Kind),
            p.Name,
            p.Capacity,
            p.CapacityUnit is null ? null : Identifiers.Parse<CapacityUnit>(p.CapacityUnit),
            Identifiers.Parse<BuildStatus>(p.Status),
            p.NamedInPlan,
            p.MedicalCircle is null ? null : Identifiers.Parse<MedicalCircle>(p.MedicalCircle),
            p.StreetCode is null ? null : new StreetCode(p.StreetCode),
            GeometryFactories.Internal.CreatePoint(new Coordinate(feature.Geometry.Coordinates[0], feature.Geometry.Coordinates[1])),
            new Provenance(Identifiers.Parse<Accuracy>(p.Accuracy), p.Source));
    }

    private sealed record ContentDocument(
        [property: JsonPropertyName("added")] List<FacilityFeature> Added,
        [property: JsonPropertyName("removed")] List<string> Removed);

    private sealed record FacilityFeature(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("geometry")] PointGeometry Geometry,
        [property: JsonPropertyName("properties")] FacilityProperties Properties);

    private sealed record PointGeometry(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("coordinates")] double[] Coordinates);

    private sealed record FacilityProperties(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("capacity")] int? Capacity,
        [property: JsonPropertyName("capacity_unit")] string? CapacityUnit,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("named_in_plan")] bool NamedInPlan,
        [property: JsonPropertyName("medical_circle")] string? MedicalCircle,
        [property: JsonPropertyName("street_code")] string? StreetCode,
        [property: JsonPropertyName("accuracy")] string Accuracy,
        [property: JsonPropertyName("source")] string Source);
}
