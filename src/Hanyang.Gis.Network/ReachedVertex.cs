namespace Hanyang.Gis.Network;

/// <summary>A vertex reached within the budget.</summary>
/// <param name="Vertex">The vertex.</param>
/// <param name="Seconds">Shortest travel time from the nearest origin.</param>
/// <param name="Origin">The origin it was reached from first.</param>
public readonly record struct ReachedVertex(VertexId Vertex, double Seconds, int Origin);
