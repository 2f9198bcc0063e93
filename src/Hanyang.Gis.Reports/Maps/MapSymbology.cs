using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Roads;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>Shapes of point symbols, as in the web map.</summary>
internal enum SymbolShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    Star,
    Cross,
    Pentagon,
    Hexagon,
}

/// <summary>A road class's line style (web map: catalog.ts ROAD_CLASS).</summary>
internal sealed record RoadStyle(string Zh, SKColor Color, SKColor Casing, float WidthPixels);

/// <summary>A facility kind's symbol (web map: catalog.ts FACILITY); its name is the catalogue's (<see cref="FacilityKinds"/>).</summary>
internal sealed record FacilityStyle(SKColor Color, SymbolShape Shape);

/// <summary>
/// The web map's symbology (src/Hanyang.Gis.MapClient/src/catalog.ts and styles.ts), copied colour for
/// colour so that a printed map reads like the screen.
/// </summary>
internal static class MapSymbology
{
    public static readonly SKColor Background = SKColor.Parse("#f4f1ea");
    public static readonly SKColor DistrictLine = SKColor.Parse("#5a3d2b");
    public static readonly SKColor StreetLine = SKColor.Parse("#7a6a5a");
    public static readonly SKColor StreetLabel = SKColor.Parse("#5a4634");
    public static readonly SKColor WaterFill = SKColor.Parse("#b5d3ea");
    public static readonly SKColor WaterLine = SKColor.Parse("#7fb0d6");
    public static readonly SKColor WaterLabel = SKColor.Parse("#1d5b8f");
    public static readonly SKColor Community = new(128, 96, 170, 184);
    public static readonly SKColor CommunityLabel = SKColor.Parse("#4a3570");
    public static readonly SKColor Covered = SKColor.Parse("#1a9641");
    public static readonly SKColor Uncovered = SKColor.Parse("#d7191c");
    public static readonly SKColor Isochrone = SKColor.Parse("#2166ac");
    public static readonly SKColor BridgeCasing = SKColor.Parse("#2f2f2f");
    public static readonly SKColor CandidateFill = new(255, 214, 0, 89);
    public static readonly SKColor CandidateLine = SKColor.Parse("#8a6d00");
    public static readonly SKColor ChosenSite = SKColor.Parse("#ff7f00");

    public static readonly IReadOnlyDictionary<RoadClass, RoadStyle> Roads = new Dictionary<RoadClass, RoadStyle>
    {
        [RoadClass.Expressway] = new("快速路", SKColor.Parse("#f08a4b"), SKColor.Parse("#b85a1f"), 3.4f),
        [RoadClass.Arterial] = new("主干路", SKColor.Parse("#f6c343"), SKColor.Parse("#a07a14"), 3.4f),
        [RoadClass.Secondary] = new("次干路", SKColor.Parse("#fbe7a1"), SKColor.Parse("#a89358"), 2.6f),
        [RoadClass.Branch] = new("支路", SKColor.Parse("#ffffff"), SKColor.Parse("#9a9a9a"), 2.2f),
        [RoadClass.Local] = new("街坊路", SKColor.Parse("#ffffff"), SKColor.Parse("#c4c4c4"), 1.2f),
        [RoadClass.Path] = new("步行道", SKColor.Parse("#d9d2c3"), SKColor.Parse("#b5ab98"), 1f),
    };

    public static readonly IReadOnlyDictionary<FacilityKind, FacilityStyle> Facilities = new Dictionary<FacilityKind, FacilityStyle>
    {
        [FacilityKind.Kindergarten] = new(SKColor.Parse("#f28cb1"), SymbolShape.Circle),
        [FacilityKind.PrimarySchool] = new(SKColor.Parse("#1f78b4"), SymbolShape.Triangle),
        [FacilityKind.JuniorMiddleSchool] = new(SKColor.Parse("#6a3d9a"), SymbolShape.Triangle),
        [FacilityKind.SeniorHighSchool] = new(SKColor.Parse("#2b2d7a"), SymbolShape.Star),
        [FacilityKind.Hospital] = new(SKColor.Parse("#d7191c"), SymbolShape.Cross),
        [FacilityKind.CommunityHealthCenter] = new(SKColor.Parse("#e66101"), SymbolShape.Square),
        [FacilityKind.CommunityHealthStation] = new(SKColor.Parse("#fdae61"), SymbolShape.Square),
        [FacilityKind.ElderlyCare] = new(SKColor.Parse("#8c510a"), SymbolShape.Diamond),
        [FacilityKind.Sports] = new(SKColor.Parse("#01665e"), SymbolShape.Pentagon),
        [FacilityKind.Park] = new(SKColor.Parse("#4dac26"), SymbolShape.Hexagon),
        [FacilityKind.Parking] = new(SKColor.Parse("#3f3f3f"), SymbolShape.Square),
    };

    public static readonly IReadOnlyDictionary<string, SKColor> ZoneColors = new Dictionary<string, SKColor>(StringComparer.Ordinal)
    {
        ["zhongjiacun"] = SKColor.Parse("#e34a33"),
        ["qintai"] = SKColor.Parse("#756bb1"),
        ["sixin"] = SKColor.Parse("#31a354"),
        ["hsr"] = SKColor.Parse("#3182bd"),
    };

    public static readonly IReadOnlyDictionary<string, SKColor> BeltColors = new Dictionary<string, SKColor>(StringComparer.Ordinal)
    {
        ["yangtze"] = SKColor.Parse("#0868ac"),
        ["hanjiang"] = SKColor.Parse("#43a2ca"),
    };

    /// <summary>Chinese names of the layers, for the legend.</summary>
    public static string Zh(MapLayer layer) => layer switch
    {
        MapLayer.District => "区界",
        MapLayer.Streets => "街道",
        MapLayer.Communities => "社区",
        MapLayer.Water => "水系",
        MapLayer.Zones => "功能分区",
        MapLayer.Belts => "两带",
        MapLayer.Roads => "道路",
        MapLayer.LocalRoads => "街坊路",
        MapLayer.Facilities => "设施",
        MapLayer.CandidateSites => "备选地块",
        MapLayer.Coverage => "覆盖分析",
        MapLayer.Sites => "新选址",
        _ => layer.ToString(),
    };

    /// <summary>Community symbol radius in pixels from its population (web map: communityRadius).</summary>
    public static float CommunityRadius(int population) => (float)Math.Min(12, 2.5 + (Math.Sqrt(Math.Max(0, population)) / 28));

    /// <summary>Road width scale by map resolution in Web-Mercator metres per pixel (web map: roadScale).</summary>
    public static float RoadScale(double resolution) => resolution switch
    {
        > 30 => 0.55f,
        > 15 => 0.7f,
        > 7 => 0.9f,
        > 3 => 1.2f,
        _ => 1.6f,
    };
}
