using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table communities (社区): <see cref="Geom"/> is the representative point, <see cref="AreaGeom"/> the outline when known.</summary>
internal sealed class CommunityRow
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string StreetCode { get; set; } = "";

    public int Population { get; set; }

    public int Households { get; set; }

    public Point Geom { get; set; } = null!;

    public Geometry? AreaGeom { get; set; }

    public string Accuracy { get; set; } = "";

    public string Source { get; set; } = "";

    /// <summary>Where the population comes from (null: not recorded); with its year and age groups ("group:residents").</summary>
    public string? PopulationSource { get; set; }

    public int? PopulationYear { get; set; }

    public string[]? PopulationAgeGroups { get; set; }
}
