using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>A river belt of the plan (两带拱卫, ch. 3 §2).</summary>
/// <param name="Id">yangtze or hanjiang.</param>
/// <param name="Name">Its name, e.g. 沿长江会展商旅带.</param>
/// <param name="River">The river it follows (长江 or 汉江).</param>
/// <param name="Area">Its area in EPSG:4547.</param>
/// <param name="Parts">The parts the plan names in it.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record RiverBelt(BeltId Id, string Name, string River, Geometry Area, IReadOnlyList<string> Parts, Provenance Provenance);
