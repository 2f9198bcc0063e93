namespace Hanyang.Gis.Network;

/// <summary>Where a search starts: a vertex, the time already spent getting there (the access leg), and which origin it belongs to.</summary>
/// <param name="Vertex">The start vertex.</param>
/// <param name="StartSeconds">Time already used when standing at the vertex (≥ 0).</param>
/// <param name="Origin">The caller's index of the origin (e.g. the facility); reached items report the origin that reached them first.</param>
public readonly record struct SearchSource(VertexId Vertex, double StartSeconds, int Origin);
