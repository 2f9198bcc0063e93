using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>A street (街道), the sub-district administrative level.</summary>
/// <param name="Code">Division code.</param>
/// <param name="Name">Its name, e.g. 四新街道.</param>
/// <param name="Area">Its area (Polygon or MultiPolygon) in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record Street(StreetCode Code, string Name, Geometry Area, Provenance Provenance);
