using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>One feature of a GeoJSON file, as read: its position in the file, geometry (EPSG:4326) and properties.</summary>
/// <param name="Index">Zero-based index in the collection.</param>
/// <param name="Id">The "id" property (or the feature's top-level id), when present.</param>
/// <param name="Geometry">The geometry in EPSG:4326; null when it could not be read (a problem was recorded).</param>
/// <param name="Properties">The properties object (an empty object when absent).</param>
internal sealed record FeatureRecord(int Index, string? Id, Geometry? Geometry, JsonElement Properties);
