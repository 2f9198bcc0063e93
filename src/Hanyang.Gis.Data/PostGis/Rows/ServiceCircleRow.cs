using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table service_circles: computed service circles with the parameters and data version they came from.</summary>
internal sealed class ServiceCircleRow
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Mode { get; set; } = "";

    public double Minutes { get; set; }

    public string? FacilityId { get; set; }

    public Geometry Geom { get; set; } = null!;

    public double ReachedMeters { get; set; }

    public string DataVersion { get; set; } = "";

    public DateTimeOffset ComputedAt { get; set; }
}
