using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>One computation of a set of service circles, as <see cref="ServiceCircleCache"/> reports it (for a log).</summary>
/// <param name="Key">The set computed.</param>
/// <param name="Circles">How many circles it holds (per facility and the union).</param>
/// <param name="Coordinates">How many coordinates their polygons hold: what the set weighs in memory.</param>
/// <param name="Elapsed">How long computing took (storing not included).</param>
/// <param name="Stored">Whether the set was kept in the plan store (a standard budget).</param>
public sealed record ServiceCircleComputation(ServiceCircleSetKey Key, int Circles, long Coordinates, TimeSpan Elapsed, bool Stored);
