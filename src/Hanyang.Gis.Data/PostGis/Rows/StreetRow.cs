using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table streets (街道).</summary>
internal sealed class StreetRow
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public Geometry Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";
}
