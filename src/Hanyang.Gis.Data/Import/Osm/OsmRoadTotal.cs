namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>How much road of one class an import adds.</summary>
/// <param name="Class">The class identifier (expressway, arterial, secondary, branch, local; path for walk-only ways).</param>
/// <param name="Segments">Noded segments.</param>
/// <param name="Kilometres">Their total length in km (EPSG:4547 metres / 1000).</param>
public sealed record OsmRoadTotal(string Class, int Segments, double Kilometres);
