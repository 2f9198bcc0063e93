using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>The district (区) itself.</summary>
/// <param name="Code">Administrative code (adcode), "420105" for 汉阳区.</param>
/// <param name="Name">Its name, 汉阳区.</param>
/// <param name="Boundary">The outline (Polygon or MultiPolygon) in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record District(string Code, string Name, Geometry Boundary, Provenance Provenance);
