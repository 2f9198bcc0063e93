namespace Hanyang.Gis.Domain.Stores;

/// <summary>A user's own layer brought in by import (e.g. a design institute's Shapefile), kept as imported.</summary>
/// <param name="Name">The layer name given at import (letters, digits, '-' and '_').</param>
/// <param name="SourceFile">The file it came from (name only).</param>
/// <param name="SourceCrs">The CRS the file was in (wgs84, gcj02, epsg:4547, ...).</param>
/// <param name="Features">The features, geometries in EPSG:4547.</param>
public sealed record ImportedLayer(string Name, string SourceFile, string SourceCrs, IReadOnlyList<ImportedFeature> Features);
