using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// Built-in mappings for POI lists exported from Amap (高德, GCJ-02) and Baidu (百度, BD-09) into CSV or
/// Excel, imported as facilities. They recognise the usual layouts — Amap: 名称, 类型 ("科教文化服务;学校;小学")
/// or 大类/中类/小类, 地址, 经度/纬度 or <c>location</c> ("lng,lat"); Baidu: name, address, lng/lat or
/// location, tag ("教育培训;小学") — and translate the POI type to a facility kind, the most specific part
/// of the type that is known winning. Exports mix every kind of place, so a row whose type maps to no
/// facility kind is left out and counted in the report (<see cref="UnmappedValues.Skip"/>), not refused.
/// Planning assumptions, as in the OpenStreetMap import: Amap's 中学 does not tell 初中 from 高中 and is read
/// as a junior middle school (most 中学 in Wuhan teach the 初中 years); a private 诊所 is not the public
/// primary-care level and is left out (counted), while a 卫生室 counts as a community health station.
/// </summary>
public static class ImportMappingPresets
{
    /// <summary>The preset names: amap, baidu.</summary>
    public static IReadOnlyList<string> Names { get; } = ["amap", "baidu"];

    /// <summary>POI type (Amap 小类/类型, Baidu tag, or one part of them) → facility kind.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["幼儿园"] = "kindergarten",
        ["托儿所"] = "kindergarten",
        ["小学"] = "primary-school",
        ["中学"] = "junior-middle-school",
        ["初中"] = "junior-middle-school",
        ["初级中学"] = "junior-middle-school",
        ["高中"] = "senior-high-school",
        ["高级中学"] = "senior-high-school",
        ["医院"] = "hospital",
        ["综合医院"] = "hospital",
        ["专科医院"] = "hospital",
        ["中医院"] = "hospital",
        ["社区卫生服务中心"] = "community-health-center",
        ["卫生服务中心"] = "community-health-center",
        ["卫生院"] = "community-health-center",
        ["社区卫生服务站"] = "community-health-station",
        ["卫生服务站"] = "community-health-station",
        ["卫生室"] = "community-health-station",
        ["养老院"] = "elderly-care",
        ["敬老院"] = "elderly-care",
        ["老年公寓"] = "elderly-care",
        ["养老服务中心"] = "elderly-care",
        ["养老机构"] = "elderly-care",
        ["福利院"] = "elderly-care",
        ["体育场馆"] = "sports",
        ["体育馆"] = "sports",
        ["综合体育馆"] = "sports",
        ["运动场馆"] = "sports",
        ["公园"] = "park",
        ["公园广场"] = "park",
        ["停车场"] = "parking",
        ["公共停车场"] = "parking",
    };

    /// <summary>The preset called <paramref name="name"/> (any case); null when there is none.</summary>
    public static ImportMapping? Find(string name) => name.Trim().ToLowerInvariant() switch
    {
        "amap" => Amap,
        "baidu" => Baidu,
        _ => null,
    };

    private static ImportMapping Amap { get; } = Preset(
        "amap",
        SourceCrs.Gcj02,
        new CoordinateColumns(["经度", "lng", "lon", "longitude"], ["纬度", "lat", "latitude"], ["location", "经纬度", "坐标"], [], "preset amap: geometry"),
        names: ["名称", "name"],
        kinds: ["小类", "类型", "type"],
        ids: ["id", "POI ID", "poiid"]);

    private static ImportMapping Baidu { get; } = Preset(
        "baidu",
        SourceCrs.Bd09,
        new CoordinateColumns(["lng", "lon", "经度", "longitude"], ["lat", "纬度", "latitude"], ["location", "经纬度", "坐标"], [], "preset baidu: geometry"),
        names: ["name", "名称"],
        kinds: ["tag", "类型", "type", "小类"],
        ids: ["uid"]);

    private static ImportMapping Preset(string name, SourceCrs crs, CoordinateColumns coordinates, string[] names, string[] kinds, string[] ids) => new(
        $"preset {name}",
        FacilityImport.LayerName,
        crs,
        null,
        coordinates,
        [
            new FieldMapping("name", names, "$.fields.name"),
            new FieldMapping("kind", kinds, "$.fields.kind", Kinds, "$.values.kind"),
            new FieldMapping("id", ids, "$.fields.id", Optional: true),
        ],
        new Dictionary<string, string>(StringComparer.Ordinal),
        [],
        UnmappedValues.Skip);
}
