using Hanyang.Gis.Domain.Facilities;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Plan;

/// <summary>A plot that could take a new facility; siting chooses among these.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Its name, e.g. 四新片区备选地块A.</param>
/// <param name="SuitableKinds">The facility kinds the plot could take.</param>
/// <param name="ShortageArea">The shortage area it serves.</param>
/// <param name="AreaSquareMeters">Plot area in m², when known.</param>
/// <param name="Geometry">A point or the plot polygon, in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record CandidateSite(
    CandidateSiteId Id,
    string Name,
    IReadOnlyList<FacilityKind> SuitableKinds,
    ShortageArea ShortageArea,
    int? AreaSquareMeters,
    Geometry Geometry,
    Provenance Provenance);
