using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>Where a point meets the network: the nearest usable edge, how far along it, and how far off it.</summary>
/// <param name="Edge">The edge.</param>
/// <param name="AlongMeters">Distance along the edge's geometry from its first vertex to the snapped point.</param>
/// <param name="OffsetMeters">Straight distance from the point to the edge (the access leg).</param>
public readonly record struct NetworkSnap(EdgeId Edge, double AlongMeters, double OffsetMeters);
