using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>One item of a collection: its geometry (EPSG:4547), its properties and its edit version (0 when not versioned).</summary>
internal sealed record OgcFeature(Geometry Geometry, IReadOnlyDictionary<string, object?> Properties, long Version = 0);
