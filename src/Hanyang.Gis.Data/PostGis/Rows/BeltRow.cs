using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table belts: the plan's two river belts.</summary>
internal sealed class BeltRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string River { get; set; } = "";

    public List<string> Parts { get; set; } = [];

    public Geometry Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";
}
