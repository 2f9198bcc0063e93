using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table facilities (editable).</summary>
internal sealed class FacilityRow : IEditableRow
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public int? Capacity { get; set; }

    public string? CapacityUnit { get; set; }

    public string Status { get; set; } = "";

    public bool NamedInPlan { get; set; }

    public string? MedicalCircle { get; set; }

    public string? StreetCode { get; set; }

    public Point Geom { get; set; } = null!;

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";

    public long Version { get; set; }

    public long? SeededVersion { get; set; }
}
