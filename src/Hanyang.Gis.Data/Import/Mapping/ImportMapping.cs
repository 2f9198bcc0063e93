using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// How to read a bureau's own file: which column or field holds which property, how values translate
/// (道路等级 快速路 → expressway, 类型 小学 → primary-school), the CRS, and for tables where the position is.
/// Read from a JSON mapping file (<see cref="ImportMappingReader"/>) or a preset (<see cref="ImportMappingPresets"/>).
/// The imported features keep the mapped properties only.
/// </summary>
/// <param name="Source">The mapping file's name or "preset amap", for messages.</param>
/// <param name="Layer">The layer the mapping is written for; null when any.</param>
/// <param name="Crs">The CRS of the file's coordinates; null to take it from the file (.prj, GeoPackage) or <c>--crs</c>.</param>
/// <param name="Sheet">The XLSX sheet to read; null for the first.</param>
/// <param name="Coordinates">Where a table keeps its positions; null for the built-in column names.</param>
/// <param name="Fields">The properties and their sources.</param>
/// <param name="Constants">Properties with one value for every feature (kind primary-school for a list of schools).</param>
/// <param name="Required">Properties that must have a value in every row.</param>
/// <param name="Unmapped">What a value missing from a value map does.</param>
public sealed record ImportMapping(
    string Source,
    string? Layer,
    SourceCrs? Crs,
    string? Sheet,
    CoordinateColumns? Coordinates,
    IReadOnlyList<FieldMapping> Fields,
    IReadOnlyDictionary<string, string> Constants,
    IReadOnlyList<string> Required,
    UnmappedValues Unmapped = UnmappedValues.Error)
{
    /// <summary>True when the column <paramref name="source"/> is to be read as text whatever its cells look like: it feeds a value map or one of <paramref name="textTargets"/>.</summary>
    public bool ReadsAsText(string source, IReadOnlySet<string>? textTargets) =>
        Fields.Any(f => f.Sources.Contains(source, StringComparer.OrdinalIgnoreCase) && (f.Values is not null || (textTargets?.Contains(f.Target) ?? false)));
}
