using Hanyang.Gis.Domain.Facilities;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// What one facility (or all facilities of a kind, dissolved) reaches within a budget: the reached network,
/// cut exactly where the budget ends, and a polygon built by buffering it.
/// </summary>
/// <param name="Facility">The facility, or null for a circle dissolved over every facility of the kind.</param>
/// <param name="Kind">The facility kind.</param>
/// <param name="Minutes">The budget.</param>
/// <param name="ReachedNetwork">The reached road pieces (EPSG:4547).</param>
/// <param name="Area">The buffered polygon (EPSG:4547).</param>
/// <param name="ReachedMeters">Total length of the reached network.</param>
public sealed record ServiceCircle(Facility? Facility, FacilityKind Kind, double Minutes, MultiLineString ReachedNetwork, Geometry Area, double ReachedMeters);
