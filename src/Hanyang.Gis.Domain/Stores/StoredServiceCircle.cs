using Hanyang.Gis.Domain.Facilities;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// A computed service circle kept in the store with the parameters and the data version it came from,
/// so SQL and QGIS users can query it and it can be recomputed when roads or facilities change.
/// </summary>
/// <param name="Id">Unique id: "&lt;kind&gt;/&lt;mode&gt;/&lt;minutes&gt;/&lt;facility id or dissolved&gt;".</param>
/// <param name="Kind">The facility kind.</param>
/// <param name="Mode">The travel profile's name, e.g. "walk-4.5".</param>
/// <param name="Minutes">The budget.</param>
/// <param name="Facility">The facility, or null for the circle dissolved over the kind.</param>
/// <param name="Area">The polygon in EPSG:4547.</param>
/// <param name="ReachedMeters">Length of the reached network.</param>
/// <param name="DataVersion">Fingerprint of the roads and facilities it was computed from.</param>
/// <param name="ComputedAt">When it was computed (UTC).</param>
public sealed record StoredServiceCircle(
    string Id,
    FacilityKind Kind,
    string Mode,
    double Minutes,
    FacilityId? Facility,
    Geometry Area,
    double ReachedMeters,
    string DataVersion,
    DateTimeOffset ComputedAt);
