using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table zones: the plan's four functional zones.</summary>
internal sealed class ZoneRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string> Parts { get; set; } = [];

    public Geometry Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";
}
