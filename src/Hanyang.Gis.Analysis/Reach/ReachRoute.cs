using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Reach;

/// <summary>A facility a community reaches and the fastest way there along the network.</summary>
/// <param name="Reached">The facility and its travel time.</param>
/// <param name="NetworkMeters">Length of the route along the roads (the access legs off the road not counted).</param>
/// <param name="Route">The route's road pieces, community end first (EPSG:4547).</param>
public sealed record ReachRoute(ReachableFacility Reached, double NetworkMeters, MultiLineString Route);
