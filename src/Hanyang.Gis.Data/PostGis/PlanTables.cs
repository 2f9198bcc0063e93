namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The table names of the plan in PostGIS, for SQL written by hand (vector tiles, QGIS projects).
/// Every table has its geometry in the column <see cref="GeometryColumn"/> (geometry(&lt;Type&gt;,4547),
/// GiST-indexed as ix_&lt;table&gt;_geom); editable tables (facilities, candidate_sites, scenarios)
/// have a bigint <c>version</c> column.
/// </summary>
public static class PlanTables
{
    /// <summary>The geometry column of every layer table.</summary>
    public const string GeometryColumn = "geom";

    /// <summary>The district outline (one row).</summary>
    public const string District = "district";

    /// <summary>Streets (街道), keyed by code.</summary>
    public const string Streets = "streets";

    /// <summary>Communities (社区), keyed by code; geom is the representative point, area_geom the outline when known.</summary>
    public const string Communities = "communities";

    /// <summary>Rivers and lakes.</summary>
    public const string Water = "water";

    /// <summary>The four zones.</summary>
    public const string Zones = "zones";

    /// <summary>The two river belts.</summary>
    public const string Belts = "belts";

    /// <summary>Noded road segments.</summary>
    public const string Roads = "roads";

    /// <summary>Service facilities (editable).</summary>
    public const string Facilities = "facilities";

    /// <summary>Candidate sites (editable).</summary>
    public const string CandidateSites = "candidate_sites";

    /// <summary>Scenarios (editable; content is jsonb).</summary>
    public const string Scenarios = "scenarios";

    /// <summary>The plan's targets.</summary>
    public const string PlanTargets = "plan_targets";

    /// <summary>Layers users imported.</summary>
    public const string ImportedLayers = "imported_layers";

    /// <summary>Features of imported layers (attributes jsonb).</summary>
    public const string ImportedFeatures = "imported_features";

    /// <summary>Computed service circles (kind, mode, minutes, data version).</summary>
    public const string ServiceCircles = "service_circles";
}
