using System.Text.Json;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using NetTopologySuite.IO;

namespace Hanyang.Gis.Data.Embedded;

/// <summary>
/// The embedded store's file format: plain JSON with geometries as EPSG:4547 WKT (full precision, so a
/// save and load round-trips exactly) and enums as their kebab identifiers.
/// </summary>
internal static class EmbeddedDtos
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The same format on one line (JSON escapes every newline inside strings): one journal record per line.</summary>
    public static readonly JsonSerializerOptions JsonLine = new(Json) { WriteIndented = false };

    public static string Wkt(NetTopologySuite.Geometries.Geometry g) => new WKTWriter(2).Write(g);

    public static FacilityDto From(Facility f) => new(
        f.Id.Value, Identifiers.Of(f.Kind), f.Name, f.Capacity, f.CapacityUnit is { } u ? Identifiers.Of(u) : null,
        Identifiers.Of(f.Status), f.NamedInPlan, f.MedicalCircle is { } m ? Identifiers.Of(m) : null, f.Street?.Value,
        Wkt(f.Location), Identifiers.Of(f.Provenance.Accuracy), f.Provenance.Source);

    public static Facility ToFacility(FacilityDto d) => new(
        new FacilityId(d.Id), Identifiers.Parse<FacilityKind>(d.Kind), d.Name, d.Capacity,
        d.CapacityUnit is null ? null : Identifiers.Parse<CapacityUnit>(d.CapacityUnit), Identifiers.Parse<BuildStatus>(d.Status),
        d.NamedInPlan, d.MedicalCircle is null ? null : Identifiers.Parse<MedicalCircle>(d.MedicalCircle),
        d.StreetCode is null ? null : new StreetCode(d.StreetCode),
        (NetTopologySuite.Geometries.Point)GeometryFactories.FromWkt(d.Wkt, Srid.Internal),
        new Provenance(Identifiers.Parse<Accuracy>(d.Accuracy), d.Source));

    public static SiteDto From(CandidateSite s) => new(
        s.Id.Value, s.Name, s.SuitableKinds.Select(Identifiers.Of).ToArray(), Identifiers.Of(s.ShortageArea), s.AreaSquareMeters,
        Wkt(s.Geometry), Identifiers.Of(s.Provenance.Accuracy), s.Provenance.Source);

    public static CandidateSite ToSite(SiteDto d) => new(
        new CandidateSiteId(d.Id), d.Name, d.SuitableKinds.Select(Identifiers.Parse<FacilityKind>).ToArray(),
        Identifiers.Parse<ShortageArea>(d.ShortageArea), d.AreaM2, GeometryFactories.FromWkt(d.Wkt, Srid.Internal),
        new Provenance(Identifiers.Parse<Accuracy>(d.Accuracy), d.Source));

    public static ScenarioDto From(Versioned<Scenario> s) => new(
        s.Value.Id.Value, s.Value.Name, s.Value.Description, s.Value.AddedFacilities.Select(From).ToArray(),
        s.Value.RemovedFacilities.Select(r => r.Value).ToArray(), s.Version);

    public static Versioned<Scenario> ToScenario(ScenarioDto d) => new(
        new Scenario(new ScenarioId(d.Id), d.Name, d.Description, d.Added.Select(ToFacility).ToArray(), d.Removed.Select(r => new FacilityId(r)).ToArray()),
        d.Version);

    public static LayerDto From(ImportedLayer layer) => new(
        layer.Name, layer.SourceFile, layer.SourceCrs,
        layer.Features.Select(f => new ImportedFeatureDto(Wkt(f.Geometry), f.Attributes.ToDictionary(a => a.Key, a => a.Value))).ToArray());

    public static ImportedLayer ToLayer(LayerDto d) => new(
        d.Name, d.SourceFile, d.SourceCrs,
        d.Features.Select(f => new ImportedFeature(
            GeometryFactories.FromWkt(f.Wkt, Srid.Internal),
            f.Attributes.ToDictionary(a => a.Key, a => Scalar(a.Value)))).ToArray());

    private static object? Scalar(object? value) => value is JsonElement e
        ? e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number when e.TryGetInt64(out var l) => l,
            JsonValueKind.Number => e.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        }
        : value;
}

/// <summary>A facility as stored.</summary>
internal sealed record FacilityDto(string Id, string Kind, string Name, int? Capacity, string? CapacityUnit, string Status, bool NamedInPlan, string? MedicalCircle, string? StreetCode, string Wkt, string Accuracy, string Source);

/// <summary>A candidate site as stored.</summary>
internal sealed record SiteDto(string Id, string Name, string[] SuitableKinds, string ShortageArea, int? AreaM2, string Wkt, string Accuracy, string Source);

/// <summary>An edited or added item: its value (null once deleted) and version.</summary>
internal sealed record EntryDto<T>(T? Value, long Version)
    where T : class;

/// <summary>A scenario as stored.</summary>
internal sealed record ScenarioDto(string Id, string Name, string Description, FacilityDto[] Added, string[] Removed, long Version);

/// <summary>
/// Everything users changed: the snapshot (edits.json), written atomically at each compaction. The generation
/// comes first in the file so that it can be read without parsing the rest; files written before the journal
/// existed have none (generation 0).
/// </summary>
internal sealed record EditsDto(long Generation, Dictionary<string, EntryDto<FacilityDto>> Facilities, Dictionary<string, EntryDto<SiteDto>> Sites, List<ScenarioDto> Scenarios)
{
    public static EditsDto Empty() => new(0, [], [], []);
}

/// <summary>
/// One committed edit as a journal record: the entries it changed, each with its new version (a facility or
/// site value of null is a deletion; a scenario of null is a deleted scenario).
/// </summary>
internal sealed record JournalRecordDto(Dictionary<string, EntryDto<FacilityDto>> Facilities, Dictionary<string, EntryDto<SiteDto>> Sites, Dictionary<string, ScenarioDto?> Scenarios)
{
    public static JournalRecordDto Empty() => new([], [], []);

    public bool IsEmpty => Facilities.Count == 0 && Sites.Count == 0 && Scenarios.Count == 0;

    /// <summary>Applies the record to <paramref name="edits"/> in place: O(entries in the record).</summary>
    public void ApplyTo(EditsDto edits)
    {
        foreach (var (id, entry) in Facilities)
        {
            edits.Facilities[id] = entry;
        }

        foreach (var (id, entry) in Sites)
        {
            edits.Sites[id] = entry;
        }

        foreach (var (id, scenario) in Scenarios)
        {
            var index = edits.Scenarios.FindIndex(s => s.Id == id);
            if (scenario is null)
            {
                edits.Scenarios.RemoveAll(s => s.Id == id);
            }
            else if (index < 0)
            {
                edits.Scenarios.Add(scenario);
            }
            else
            {
                edits.Scenarios[index] = scenario;
            }
        }
    }

    /// <summary>
    /// <paramref name="edits"/> with the record applied, as a new object sharing the unchanged entries (the
    /// dictionaries are copied, not their values), for a snapshot written before the edits in memory change.
    /// </summary>
    public EditsDto AppliedTo(EditsDto edits, long generation)
    {
        var next = new EditsDto(generation, new(edits.Facilities), new(edits.Sites), [.. edits.Scenarios]);
        ApplyTo(next);
        return next;
    }
}

/// <summary>The first line of edits.journal: the generation of the snapshot whose records follow.</summary>
internal sealed record JournalHeaderDto(long Generation);

/// <summary>An imported layer as stored.</summary>
internal sealed record LayerDto(string Name, string SourceFile, string SourceCrs, ImportedFeatureDto[] Features);

/// <summary>An imported feature as stored.</summary>
internal sealed record ImportedFeatureDto(string Wkt, Dictionary<string, object?> Attributes);
