using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>A residential community (社区): the unit whose residents service coverage is counted for.</summary>
/// <param name="Code">Division code.</param>
/// <param name="Name">Its name, e.g. 钟家村社区.</param>
/// <param name="Street">The street it belongs to.</param>
/// <param name="Population">Resident population (persons).</param>
/// <param name="Households">Households.</param>
/// <param name="Location">A representative point (the residents' centre) in EPSG:4547; for a community with an area, a point inside it.</param>
/// <param name="Area">Its area (Polygon or MultiPolygon), when known, in EPSG:4547. Coverage then counts the share of its residents
/// within reach, spread over the area, instead of treating them all as standing at <paramref name="Location"/>.</param>
/// <param name="Provenance">Source and accuracy of the community's geometry and name.</param>
/// <param name="PopulationSource">Where <paramref name="Population"/> comes from (source, year, age groups); null when not recorded.</param>
public sealed record Community(
    CommunityCode Code,
    string Name,
    StreetCode Street,
    int Population,
    int Households,
    Point Location,
    Geometry? Area,
    Provenance Provenance,
    PopulationSource? PopulationSource = null);
