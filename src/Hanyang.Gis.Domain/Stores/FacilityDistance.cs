using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>A facility with its straight-line distance from a query point.</summary>
/// <param name="Facility">The facility.</param>
/// <param name="DistanceMeters">Euclidean distance in EPSG:4547 metres.</param>
public sealed record FacilityDistance(Facility Facility, double DistanceMeters);
