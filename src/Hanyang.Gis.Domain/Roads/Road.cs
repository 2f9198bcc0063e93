using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Roads;

/// <summary>
/// One noded segment of a road. The network is noded: segments connect only where they share an
/// endpoint. Segments with <see cref="Layer"/> ≠ 0, bridges and tunnels may cross others without
/// connecting (a grade separation).
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">The road's name, e.g. 汉阳大道.</param>
/// <param name="Class">Road class.</param>
/// <param name="Skeleton">Skeleton membership (七横 or 九纵), null when not a skeleton road.</param>
/// <param name="AlsoSkeleton">A second membership: 三环线 is in both lists.</param>
/// <param name="OneWay">True when traffic may drive only in the direction of the geometry.</param>
/// <param name="Bridge">True on a bridge.</param>
/// <param name="Tunnel">True in a tunnel.</param>
/// <param name="Layer">Grade level: 0 ground, 1 elevated, -1 underground.</param>
/// <param name="Walkable">True when pedestrians may use it (false on expressways).</param>
/// <param name="Status">Existing, under construction or planned.</param>
/// <param name="Geometry">The centreline in EPSG:4547.</param>
/// <param name="Provenance">Source and accuracy.</param>
public sealed record Road(
    RoadId Id,
    string Name,
    RoadClass Class,
    Skeleton? Skeleton,
    Skeleton? AlsoSkeleton,
    bool OneWay,
    bool Bridge,
    bool Tunnel,
    int Layer,
    bool Walkable,
    BuildStatus Status,
    LineString Geometry,
    Provenance Provenance)
{
    /// <summary>True when the segment is at ground level and may connect to crossing ground roads.</summary>
    public bool IsAtGrade => Layer == 0 && !Bridge && !Tunnel;

    /// <summary>True when the segment belongs to the 七横九纵 skeleton.</summary>
    public bool IsSkeleton => Skeleton is not null || AlsoSkeleton is not null;
}
