using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Decides the CRS of a file from what it declares, what its format implies and the <c>--crs</c> option.
/// A declaration and an option must agree; without either the format's default applies (GeoJSON: WGS84);
/// without any of them the import is refused.
/// </summary>
internal static class CrsResolver
{
    public const string CrsChoices = "wgs84|gcj02|bd09|cgcs2000|epsg:<code>";

    /// <summary>The CRS to convert from, or null after recording why there is none.</summary>
    public static SourceCrs? Resolve(RawLayer layer, SourceCrs? option, ImportContext context)
    {
        if (layer.Declared is { } declared)
        {
            if (option is null || string.Equals(option.Name, declared.Crs.Name, StringComparison.Ordinal))
            {
                return declared.Crs;
            }

            var offsetHint = option.IsOffset
                ? $"; if the coordinates really are {option.Name} despite the declaration, remove the declaration and import with --crs {option.Name}"
                : string.Empty;
            context.Problem(null, $"{declared.DeclaredBy} declares {declared.Crs.Name} but --crs {option.Name} was given; the two contradict each other{offsetHint}");
            return null;
        }

        if (option is not null)
        {
            return option;
        }

        if (layer.Default is { } fallback)
        {
            return fallback;
        }

        context.Problem(null, $"{layer.NoCrsReason}; say which it is with --crs {CrsChoices}");
        return null;
    }
}
