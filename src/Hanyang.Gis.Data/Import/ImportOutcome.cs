namespace Hanyang.Gis.Data.Import;

/// <summary>What an accepted import wrote.</summary>
/// <param name="Layer">The layer written to: "facilities" or the imported layer's name.</param>
/// <param name="FeaturesWritten">How many features (or facilities) were written.</param>
/// <param name="SourceCrs">The CRS the file was converted from.</param>
/// <param name="Report">The report; it has no problems, but may list repairs.</param>
public sealed record ImportOutcome(string Layer, int FeaturesWritten, string SourceCrs, ImportReport Report);
