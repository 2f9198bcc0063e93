using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>A residential community (社区): the unit whose residents service coverage is counted for.</summary>
/// <param name="Code">Division code.</param>
/// <param name="Name">Its name, e.g. 钟家村社区.</param>
/// <param name="Street">The street it belongs to.</param>
/// <param name="Population">Resident population (persons).</param>
/// <param name="Households">Households.</param>
/// <param name="Location">A representative point (the residents' centre) in EPSG:4547.</param>
/// <param name="Area">Its area, when known, in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record Community(
    CommunityCode Code,
    string Name,
    StreetCode Street,
    int Population,
    int Households,
    Point Location,
    Geometry? Area,
    Provenance Provenance);
