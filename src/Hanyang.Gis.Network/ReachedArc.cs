namespace Hanyang.Gis.Network;

/// <summary>
/// An arc leaving a reached vertex, and how far along it the budget lasts. A fraction below 1 means the
/// budget ends mid-edge, at exactly that share of the arc's length.
/// </summary>
/// <param name="Arc">The arc index.</param>
/// <param name="Edge">The edge it belongs to.</param>
/// <param name="Tail">The reached vertex the arc leaves.</param>
/// <param name="TailSeconds">Travel time at the tail.</param>
/// <param name="Fraction">Share of the arc reachable within the budget, in (0, 1].</param>
/// <param name="Origin">The origin that reached the tail.</param>
public readonly record struct ReachedArc(int Arc, EdgeId Edge, VertexId Tail, double TailSeconds, double Fraction, int Origin);
