namespace Hanyang.Gis.Data.GeoJson;

/// <summary>GeoJSON text that does not follow RFC 7946; the message says where (a JSON path) and what is wrong.</summary>
public sealed class GeoJsonFormatException(string message) : Exception(message);
