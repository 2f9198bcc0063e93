using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table roads: one noded segment per row.</summary>
internal sealed class RoadRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Class { get; set; } = "";

    public string? Skeleton { get; set; }

    public string? SkeletonAlso { get; set; }

    public bool Oneway { get; set; }

    public bool Bridge { get; set; }

    public bool Tunnel { get; set; }

    public int Layer { get; set; }

    public bool Walkable { get; set; }

    public string Status { get; set; } = "";

    public LineString Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";
}
