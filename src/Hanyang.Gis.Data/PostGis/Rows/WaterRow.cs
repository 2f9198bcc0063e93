using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table water: rivers and lakes.</summary>
internal sealed class WaterRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public Geometry Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";
}
