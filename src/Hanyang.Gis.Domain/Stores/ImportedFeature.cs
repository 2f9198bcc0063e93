using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>One feature of an imported layer.</summary>
/// <param name="Geometry">Its geometry in EPSG:4547.</param>
/// <param name="Attributes">Its attributes as imported (string, long, double, bool or null).</param>
public sealed record ImportedFeature(Geometry Geometry, IReadOnlyDictionary<string, object?> Attributes);
