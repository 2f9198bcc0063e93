using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>A functional zone of the plan (四区支撑, ch. 3 §1).</summary>
/// <param name="Id">zhongjiacun, qintai, sixin or hsr.</param>
/// <param name="Name">Its name, e.g. 四新新城总部区.</param>
/// <param name="Area">Its area in EPSG:4547.</param>
/// <param name="Parts">The parts the plan names in it.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record PlanningZone(ZoneId Id, string Name, Geometry Area, IReadOnlyList<string> Parts, Provenance Provenance);
