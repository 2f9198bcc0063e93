namespace Hanyang.Gis.Data.Geodata;

/// <summary>The file names of the layers in a geodata directory (e.g. geodata/hanyang/).</summary>
public static class GeodataLayers
{
    /// <summary>The district outline.</summary>
    public const string District = "district.geojson";

    /// <summary>The streets (街道).</summary>
    public const string Streets = "streets.geojson";

    /// <summary>The communities (社区).</summary>
    public const string Communities = "communities.geojson";

    /// <summary>Rivers and lakes.</summary>
    public const string Water = "water.geojson";

    /// <summary>The four zones.</summary>
    public const string Zones = "zones.geojson";

    /// <summary>The two river belts.</summary>
    public const string Belts = "belts.geojson";

    /// <summary>The noded road network.</summary>
    public const string Roads = "roads.geojson";

    /// <summary>Service facilities.</summary>
    public const string Facilities = "facilities.geojson";

    /// <summary>Candidate sites for new facilities.</summary>
    public const string CandidateSites = "candidate-sites.geojson";

    /// <summary>The plan's targets (plain JSON, not GeoJSON).</summary>
    public const string PlanTargets = "plan-targets.json";

    /// <summary>Every layer file, in load order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [District, Streets, Communities, Water, Zones, Belts, Roads, Facilities, CandidateSites, PlanTargets];
}
