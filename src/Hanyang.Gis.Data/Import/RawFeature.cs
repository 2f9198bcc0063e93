using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Import;

/// <summary>One feature as a reader found it: geometry still in the file's CRS (null when absent), attributes normalised.</summary>
/// <param name="Item">Which feature or row it is.</param>
/// <param name="Geometry">The geometry in the file's coordinates; null when the feature has none or it could not be read (a problem was recorded).</param>
/// <param name="Attributes">Attribute values: string, long, double, bool or null.</param>
internal sealed record RawFeature(ImportItem Item, Geometry? Geometry, IReadOnlyDictionary<string, object?> Attributes);
