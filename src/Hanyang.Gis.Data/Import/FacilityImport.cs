using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Turns the features of an import into the layer <c>facilities</c> into <see cref="Facility"/> records.
/// Every feature needs a point, a <c>kind</c> (a facility identifier such as primary-school) and a
/// <c>name</c>; optional are <c>capacity</c> (with <c>capacity_unit</c>, defaulting by kind), <c>status</c>
/// (default existing), <c>street</c>, <c>accuracy</c> (default reference) and <c>id</c> (1–64 ASCII letters,
/// digits, '-' or '_', see <see cref="FeatureIds"/>; default <c>import-&lt;file&gt;-&lt;n&gt;</c>). Attribute names match in any case (DBF field names are often upper case).
/// </summary>
public static class FacilityImport
{
    /// <summary>The layer name that imports facilities into the plan rather than into an imported layer.</summary>
    public const string LayerName = "facilities";

    /// <summary>Attributes that are always text, however their CSV cells look.</summary>
    public static IReadOnlySet<string> TextAttributes { get; } =
        new HashSet<string>(["id", "kind", "name", "status", "street", "accuracy", "capacity_unit"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps every feature, adding a problem for each one that cannot be a facility; returns those that can.</summary>
    public static IReadOnlyList<Facility> Map(LayerImportResult result, ICollection<ImportProblem> problems) =>
        MapWithItems(result, problems).Select(f => f.Facility).ToList();

    /// <summary>Like <see cref="Map"/>, keeping which feature or row each facility came from.</summary>
    internal static List<(Facility Facility, ImportItem Item)> MapWithItems(LayerImportResult result, ICollection<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(problems);
        var file = result.Layer.SourceFile;
        var facilities = new List<(Facility, ImportItem)>();
        var seen = new Dictionary<string, ImportItem>(StringComparer.Ordinal);
        for (var i = 0; i < result.Layer.Features.Count; i++)
        {
            var item = result.Items[i];
            var found = new List<string>();
            var facility = MapOne(result.Layer.Features[i], item, file, found);
            if (facility is not null && seen.TryGetValue(facility.Id.Value, out var first))
            {
                found.Add($"id '{facility.Id}' is already used by {first}");
            }

            foreach (var reason in found)
            {
                problems.Add(new ImportProblem(file, item, reason));
            }

            if (facility is not null && found.Count == 0)
            {
                seen[facility.Id.Value] = item;
                facilities.Add((facility, item));
            }
        }

        return facilities;
    }

    /// <summary>
    /// The id given to a facility that has none: import-&lt;stem&gt;-&lt;number&gt;, the stem being the file name
    /// without extension in lower case with every character but an ASCII letter or digit as '-'. A name with
    /// other letters (学校.csv) would leave little of itself, so its stem is instead the first 8 hex digits of
    /// its SHA-256: files of different names still get different ids. The id always follows <see cref="FeatureIds"/>
    /// (the stem is cut to keep it within 64 characters), so the API can address it.
    /// </summary>
    public static FacilityId GeneratedId(string file, int number)
    {
        var name = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        var stem = name.Any(c => char.IsLetterOrDigit(c) && !char.IsAscii(c))
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8]
            : new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        var suffix = string.Create(CultureInfo.InvariantCulture, $"-{number}");
        var prefix = stem.Length == 0 ? "import" : "import-" + stem;
        return new FacilityId(prefix[..Math.Min(prefix.Length, FeatureIds.MaxLength - suffix.Length)].TrimEnd('-') + suffix);
    }

    private static Facility? MapOne(ImportedFeature feature, ImportItem item, string file, List<string> problems)
    {
        var attributes = new Dictionary<string, object?>(feature.Attributes, StringComparer.OrdinalIgnoreCase);
        var kindText = Text(attributes, "kind");
        var kind = default(FacilityKind);
        if (kindText is null)
        {
            problems.Add($"kind: missing; expected one of: {string.Join(", ", Identifiers.All<FacilityKind>())}");
        }
        else if (!Identifiers.TryParse(kindText, out kind))
        {
            problems.Add($"kind: '{kindText}' is not a known facility kind; expected one of: {string.Join(", ", Identifiers.All<FacilityKind>())}");
        }

        var name = Text(attributes, "name");
        if (name is null)
        {
            problems.Add("name: missing; every facility needs its name");
        }

        var status = Optional(attributes, "status", BuildStatus.Existing, problems);
        var accuracy = Optional(attributes, "accuracy", Accuracy.Reference, problems);
        var capacity = Capacity(attributes, problems);
        var unit = CapacityUnitOf(attributes, kind, capacity, kindText is not null, problems);
        var location = feature.Geometry switch
        {
            Point point => point,
            MultiPoint { NumGeometries: 1 } multi => (Point)multi.GetGeometryN(0),
            _ => null,
        };
        if (location is null)
        {
            problems.Add($"a facility is a point, but the geometry is a {feature.Geometry.GeometryType}");
        }

        var givenId = Text(attributes, "id");
        if (givenId is not null && !FeatureIds.IsValid(givenId))
        {
            problems.Add($"id: '{givenId}' is not an id the API can address; {FeatureIds.Rule}, or leave the cell empty for a generated one");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var id = givenId is not null ? new FacilityId(givenId) : GeneratedId(file, item.Number);
        var street = Text(attributes, "street") is { } code ? new StreetCode(code) : (StreetCode?)null;
        return new Facility(id, kind, name!, capacity, unit, status, NamedInPlan: false, MedicalCircle: null, street, location!,
            new Provenance(accuracy, $"imported from {file}"));
    }

    private static int? Capacity(Dictionary<string, object?> attributes, List<string> problems)
    {
        if (!attributes.TryGetValue("capacity", out var value) || value is null || value is string { Length: 0 })
        {
            return null;
        }

        if (value is long whole and >= 0 and <= int.MaxValue)
        {
            return (int)whole;
        }

        if (value is double d && d >= 0 && d <= int.MaxValue && d == Math.Floor(d))
        {
            return (int)d;
        }

        problems.Add($"capacity: expected a whole number of at least 0, found {AttributeValues.Describe(value)}");
        return null;
    }

    private static CapacityUnit? CapacityUnitOf(Dictionary<string, object?> attributes, FacilityKind kind, int? capacity, bool kindKnown, List<string> problems)
    {
        if (Text(attributes, "capacity_unit") is { } text)
        {
            if (Identifiers.TryParse<CapacityUnit>(text, out var unit))
            {
                return unit;
            }

            problems.Add($"capacity_unit: '{text}' is not a known unit; expected one of: {string.Join(", ", Identifiers.All<CapacityUnit>())}");
            return null;
        }

        if (capacity is null || !kindKnown)
        {
            return null;
        }

        return FacilityKinds.Get(kind).CapacityUnit;
    }

    private static TEnum Optional<TEnum>(Dictionary<string, object?> attributes, string name, TEnum fallback, List<string> problems)
        where TEnum : struct, Enum
    {
        var text = Text(attributes, name);
        if (text is null)
        {
            return fallback;
        }

        if (Identifiers.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add($"{name}: '{text}' is not known; expected one of: {string.Join(", ", Identifiers.All<TEnum>())}");
        return fallback;
    }

    private static string? Text(Dictionary<string, object?> attributes, string name) =>
        attributes.TryGetValue(name, out var value) && value is not null && Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } text
            ? text
            : null;
}
