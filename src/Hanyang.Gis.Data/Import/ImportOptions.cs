using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>How to read a file for import.</summary>
/// <param name="Crs">The CRS named on the command line (<c>--crs</c>); null when none was given.</param>
/// <param name="MakeValid">Repair invalid geometries (NTS GeometryFixer) instead of refusing them; each repair is reported.</param>
/// <param name="Limits">Size limits; <see cref="ImportLimits.Default"/> when null.</param>
/// <param name="TextAttributes">
/// Attribute names always kept as text, whatever their CSV cells look like (ids, names, codes); compared case-insensitively.
/// </param>
/// <param name="Mapping">Which column holds which property and how values translate (<c>--mapping</c>, <c>--preset</c>); null to import the attributes as they are.</param>
/// <param name="Sheet">The XLSX sheet to read (<c>--sheet</c>); null for the mapping's, else the first.</param>
public sealed record ImportOptions(SourceCrs? Crs = null, bool MakeValid = false, ImportLimits? Limits = null, IReadOnlySet<string>? TextAttributes = null, Mapping.ImportMapping? Mapping = null, string? Sheet = null)
{
    /// <summary>The limits in force.</summary>
    public ImportLimits EffectiveLimits => Limits ?? ImportLimits.Default;

    /// <summary>True when <paramref name="name"/> is one of <see cref="TextAttributes"/>.</summary>
    public bool IsTextAttribute(string name) =>
        (TextAttributes is not null && TextAttributes.Any(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase)))
        || (Mapping?.ReadsAsText(name, TextAttributes) ?? false);
}
