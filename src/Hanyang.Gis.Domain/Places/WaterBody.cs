using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>A river reach or lake. Walking and driving cross water only on bridges and tunnels.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Its name, e.g. 墨水湖.</param>
/// <param name="Kind">River or lake.</param>
/// <param name="Area">Its water surface in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record WaterBody(string Id, string Name, WaterKind Kind, Geometry Area, Provenance Provenance);
