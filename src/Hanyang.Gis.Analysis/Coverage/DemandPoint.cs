using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Coverage;

/// <summary>A place where a share of a community's residents live.</summary>
/// <param name="Location">The point, in EPSG:4547.</param>
/// <param name="Share">The share of the community's residents it stands for (the shares of a community sum to 1).</param>
public readonly record struct DemandPoint(Point Location, double Share);
