using System.Globalization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// Applies an <see cref="ImportMapping"/> to the features a reader found: each mapped property takes the
/// value of its column, translated by its value map, and nothing else is kept. Problems name the row (as
/// the planner sees it: an XLSX row number, a CSV line with the header as line 1, a feature number) and
/// the column (for XLSX with its letter); problems with the mapping itself name its JSON path. All are
/// recorded in the context at once; nothing is thrown.
/// </summary>
internal static class MappingApplier
{
    private const int ValuesListed = 12;

    /// <summary>The properties a facility takes (see <see cref="FacilityImport"/>).</summary>
    private static readonly string[] FacilityProperties = ["id", "kind", "name", "capacity", "capacity_unit", "status", "street", "accuracy"];

    private static readonly char[] Segments = [';', '|'];

    private static readonly string[] FacilityNeeds = ["kind", "name"];

    /// <summary>The CRS to read with: the <c>--crs</c> option, else the mapping's; a contradiction is a problem.</summary>
    public static Spatial.Crs.SourceCrs? Crs(ImportOptions options, ImportContext context)
    {
        if (options.Mapping?.Crs is not { } mapped)
        {
            return options.Crs;
        }

        if (options.Crs is { } option && option.Name != mapped.Name)
        {
            context.Problem(null, $"$.crs says {mapped.Name} but --crs {option.Name} was given; keep one", options.Mapping.Source);
        }

        return options.Crs ?? mapped;
    }

    /// <summary>The layer with every feature's attributes mapped; rows left out by <see cref="UnmappedValues.Skip"/> are gone.</summary>
    public static RawLayer Apply(RawLayer raw, ImportMapping mapping, string layerName, ImportContext context)
    {
        var before = context.Problems.Count;
        CheckForLayer(mapping, layerName, context);
        if (raw.Features.Count == 0)
        {
            return raw;
        }

        var columns = raw.Features.SelectMany(f => f.Attributes.Keys).Distinct(StringComparer.Ordinal).ToList();
        var resolved = Resolve(mapping, columns, raw, context);
        if (context.Problems.Count > before)
        {
            return raw with { Features = [] };
        }

        var required = mapping.Required.Concat(layerName == FacilityImport.LayerName ? FacilityNeeds : []).ToHashSet(StringComparer.Ordinal);
        var pass = new MappingPass(raw, mapping, resolved, required, layerName == FacilityImport.LayerName, context);
        var features = new List<RawFeature>(raw.Features.Count);
        foreach (var feature in raw.Features)
        {
            if (MapFeature(feature, pass) is { } mapped)
            {
                features.Add(mapped);
            }
        }

        NoteSkipped(pass);
        if (features.Count == 0 && pass.Skipped.Count > 0)
        {
            context.Problem(null, "has no row left to import: every row's value is missing from the value map (see above)");
        }

        return raw with { Features = features };
    }

    /// <summary>
    /// The feature with its attributes mapped and the constants set; null when it is left out (a value missing
    /// from a value map under <see cref="UnmappedValues.Skip"/>, its problems dropped) or refused (its problems recorded).
    /// </summary>
    private static RawFeature? MapFeature(RawFeature feature, MappingPass pass)
    {
        var context = pass.Context;
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        var skip = false;
        var problemsBefore = context.Problems.Count;
        foreach (var (field, source) in pass.Resolved)
        {
            skip |= MapField(feature, field, source, attributes, pass);
        }

        foreach (var (target, value) in pass.Mapping.Constants)
        {
            attributes[target] = value;
        }

        if (skip)
        {
            context.Problems.RemoveAll(p => p.Item == feature.Item);
            return null;
        }

        // A row the mapping refused goes no further, so that it is not refused again for what is missing.
        return context.Problems.Count == problemsBefore ? feature with { Attributes = attributes } : null;
    }

    /// <summary>
    /// Sets <paramref name="field"/>'s attribute from its column, recording a problem when the value will not do;
    /// true when the value is missing from the value map and the row is to be left out (<see cref="UnmappedValues.Skip"/>).
    /// </summary>
    private static bool MapField(RawFeature feature, FieldMapping field, string? source, Dictionary<string, object?> attributes, MappingPass pass)
    {
        var (raw, context) = (pass.Raw, pass.Context);
        var value = source is null ? null : feature.Attributes.GetValueOrDefault(source);
        var text = value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (source is not null && pass.Required.Contains(field.Target))
            {
                context.Problem(feature.Item, $"{Column(source, raw)}: is empty, but every row needs its {field.Target} ({field.Path})");
            }

            attributes[field.Target] = null;
            return false;
        }

        if (field.Values is null && pass.IsFacilities && field.Target == "capacity")
        {
            attributes[field.Target] = WholeNumber(value!, text);
            if (attributes[field.Target] is null)
            {
                context.Problem(feature.Item, $"{Column(source!, raw)}: '{text}' is not a whole number of at least 0; the capacity is counted in seats, beds, spaces or m² ({field.Path})");
            }
        }
        else if (field.Values is null)
        {
            attributes[field.Target] = value;
        }
        else if (Translate(field.Values, text) is { } translated)
        {
            attributes[field.Target] = translated;
        }
        else if (pass.Mapping.Unmapped == UnmappedValues.Skip)
        {
            pass.Skipped[(field, text)] = pass.Skipped.GetValueOrDefault((field, text)) + 1;
            return true;
        }
        else
        {
            context.Problem(feature.Item, $"{Column(source!, raw)}: '{text}' is not in the value map {field.ValuesPath}; expected one of: {Listed(field.Values.Keys)} (add it to the map)");
        }

        return false;
    }

    /// <summary>One note per field whose unmapped values left rows out, with each value's count, most frequent first.</summary>
    private static void NoteSkipped(MappingPass pass)
    {
        var (raw, context) = (pass.Raw, pass.Context);
        foreach (var group in pass.Skipped.GroupBy(s => s.Key.Field))
        {
            var field = group.Key;
            var source = pass.Resolved.First(r => r.Field == field).Source!;
            var counts = group.OrderByDescending(g => g.Value).ThenBy(g => g.Key.Value, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Value} ×{g.Value}"));
            context.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{context.File}: left out {group.Sum(g => g.Value)} row(s) whose {Column(source, raw)} is not in {field.ValuesPath}: {Listed(counts)}"));
        }
    }

    /// <summary>A capacity as a whole number (a number cell, or text of digits as a spreadsheet may hold it); null when it is none.</summary>
    private static long? WholeNumber(object value, string text) => value switch
    {
        long whole when whole >= 0 => whole,
        double d when d >= 0 && d <= long.MaxValue && d == Math.Floor(d) => (long)d,
        string when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The value <paramref name="text"/> maps to: the whole text, else its most specific ';'- or '|'-separated part (Amap's 科教文化服务;学校;小学).</summary>
    private static string? Translate(IReadOnlyDictionary<string, string> values, string text)
    {
        if (values.TryGetValue(text, out var whole))
        {
            return whole;
        }

        var parts = text.Split(Segments, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0 && parts.Length > 1; i--)
        {
            if (values.TryGetValue(parts[i], out var part))
            {
                return part;
            }
        }

        return null;
    }

    private static List<(FieldMapping Field, string? Source)> Resolve(ImportMapping mapping, List<string> columns, RawLayer raw, ImportContext context)
    {
        var resolved = new List<(FieldMapping, string?)>();
        foreach (var field in mapping.Fields)
        {
            var source = field.Sources.Select(s => columns.FirstOrDefault(c => c == s) ?? columns.FirstOrDefault(c => string.Equals(c, s, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(c => c is not null);
            if (source is null && !field.Optional)
            {
                var names = field.Sources.Count == 1 ? $"column '{field.Sources[0]}'" : $"none of the columns {string.Join(", ", field.Sources.Select(s => $"'{s}'"))}";
                context.Problem(null, $"{field.Path}: the {names} is not in the file (it has: {string.Join(", ", columns.Select(c => Column(c, raw)))})", mapping.Source);
            }

            resolved.Add((field, source));
        }

        return resolved;
    }

    private static void CheckForLayer(ImportMapping mapping, string layerName, ImportContext context)
    {
        if (mapping.Layer is { } layer && layer != layerName)
        {
            context.Problem(null, $"$.layer: the mapping is written for layer '{layer}' but --layer {layerName} was given", mapping.Source);
        }

        if (layerName != FacilityImport.LayerName)
        {
            return;
        }

        foreach (var field in mapping.Fields.Where(f => !FacilityProperties.Contains(f.Target, StringComparer.Ordinal)))
        {
            context.Problem(null, $"{field.Path}: a facility has no property '{field.Target}'; it takes {string.Join(", ", FacilityProperties)} (import into a layer of another name to keep other properties)", mapping.Source);
        }

        foreach (var target in FacilityNeeds.Where(t => !mapping.Fields.Any(f => f.Target == t) && !mapping.Constants.ContainsKey(t)))
        {
            context.Problem(null, $"$.fields.{target}: missing; every facility needs its {target} (or give one for all rows in $.constants.{target})", mapping.Source);
        }

        var kinds = mapping.Fields.Where(f => f.Target == "kind" && f.Values is not null).SelectMany(f => f.Values!.Select(v => ($"{f.ValuesPath}.{v.Key}", v.Value)))
            .Concat(mapping.Constants.TryGetValue("kind", out var constant) ? [("$.constants.kind", constant)] : []);
        foreach (var (path, kind) in kinds.Where(k => !Identifiers.TryParse<FacilityKind>(k.Item2, out _)))
        {
            context.Problem(null, $"{path}: '{kind}' is not a facility kind; expected one of: {string.Join(", ", Identifiers.All<FacilityKind>())}", mapping.Source);
        }
    }

    /// <summary>"column C '类型'" for a spreadsheet, "column '类型'" for a CSV, "field '道路等级'" for a Shapefile or GeoPackage.</summary>
    internal static string Column(string name, RawLayer raw) =>
        raw.ColumnLetters?.TryGetValue(name, out var letter) == true ? $"column {letter} '{name}'"
        : raw.Features.Count > 0 && raw.Features[0].Item.Kind == ImportItemKind.Row ? $"column '{name}'"
        : $"field '{name}'";

    private static string Listed(IEnumerable<string> values)
    {
        var all = values.ToList();
        return string.Join(", ", all.Take(ValuesListed)) + (all.Count > ValuesListed ? string.Create(CultureInfo.InvariantCulture, $", … ({all.Count - ValuesListed} more)") : string.Empty);
    }

    /// <summary>What every row of one <see cref="Apply"/> is mapped with, and the values left out so far under <see cref="UnmappedValues.Skip"/> with their row counts.</summary>
    private sealed record MappingPass(RawLayer Raw, ImportMapping Mapping, List<(FieldMapping Field, string? Source)> Resolved, HashSet<string> Required, bool IsFacilities, ImportContext Context)
    {
        public Dictionary<(FieldMapping Field, string Value), int> Skipped { get; } = [];
    }
}
