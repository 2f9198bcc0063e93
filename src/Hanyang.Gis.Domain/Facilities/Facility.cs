using Hanyang.Gis.Domain.Places;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Facilities;

/// <summary>A service facility: a school, clinic, hospital, elderly-care point, sports ground, park or car park.</summary>
/// <param name="Id">Unique identifier.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Its real Chinese name.</param>
/// <param name="Capacity">Seats, beds or parking spaces (see <paramref name="CapacityUnit"/>); null when not applicable or unknown.</param>
/// <param name="CapacityUnit">The unit of <paramref name="Capacity"/>.</param>
/// <param name="Status">Existing, under construction or planned.</param>
/// <param name="NamedInPlan">True when the Five-Year Plan names this facility.</param>
/// <param name="MedicalCircle">For the anchor hospitals of the four 10-minute medical circles, which circle.</param>
/// <param name="Street">The street (街道) it lies in, when known.</param>
/// <param name="Location">Where it is, in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record Facility(
    FacilityId Id,
    FacilityKind Kind,
    string Name,
    int? Capacity,
    CapacityUnit? CapacityUnit,
    BuildStatus Status,
    bool NamedInPlan,
    MedicalCircle? MedicalCircle,
    StreetCode? Street,
    Point Location,
    Provenance Provenance);
