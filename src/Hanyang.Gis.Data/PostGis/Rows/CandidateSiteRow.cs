using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table candidate_sites (editable).</summary>
internal sealed class CandidateSiteRow : IEditableRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string> SuitableKinds { get; set; } = [];

    public string ShortageArea { get; set; } = "";

    public int? AreaM2 { get; set; }

    public Geometry Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";

    public long Version { get; set; }

    public long? SeededVersion { get; set; }
}
