namespace Hanyang.Gis.Spatial.Offsets;

/// <summary>A longitude/latitude pair in degrees, in whatever datum or offset system the caller states.</summary>
/// <param name="Lon">Longitude in degrees, east positive.</param>
/// <param name="Lat">Latitude in degrees, north positive.</param>
public readonly record struct LonLat(double Lon, double Lat);
