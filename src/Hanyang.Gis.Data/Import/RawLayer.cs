using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>What a format reader hands on: the features and what the file says (or implies) about its CRS.</summary>
/// <param name="Declared">The CRS the file declares, with where it says so; null when it declares none.</param>
/// <param name="Default">The CRS the format implies when nothing is declared (WGS84 for GeoJSON); null when there is none.</param>
/// <param name="NoCrsReason">Why the CRS is unknown when neither a declaration, a default nor an option gives it.</param>
/// <param name="Features">The features in file order.</param>
/// <param name="ColumnLetters">For a spreadsheet, each column's letter (A, B, …, AA) by its header name, so messages can say "column C '类型'"; null otherwise.</param>
internal sealed record RawLayer(DeclaredCrs? Declared, SourceCrs? Default, string NoCrsReason, IReadOnlyList<RawFeature> Features, IReadOnlyDictionary<string, string>? ColumnLetters = null)
{
    /// <summary>A file that could not be read at all (its problems are recorded).</summary>
    public static RawLayer Unreadable { get; } = new(null, null, string.Empty, []);
}
