using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Import;

/// <summary>What reading a file for import gave: the layer (features that passed, in EPSG:4547) and the report.</summary>
/// <param name="Layer">The layer; when the report has problems it holds only the features that passed and must not be written.</param>
/// <param name="Items">For each feature of <paramref name="Layer"/>, which feature or CSV row of the file it came from.</param>
/// <param name="Report">Every problem and repair.</param>
public sealed record LayerImportResult(ImportedLayer Layer, IReadOnlyList<ImportItem> Items, ImportReport Report);
