using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Standards;

/// <summary>
/// The reference service standards: walking radii of GB 50180-2018 《城市居住区规划设计标准》 (life
/// circles of §1.0.3, facility radii of Appendix B), parking from GB/T 51149-2016 《城市停车规划规范》, the
/// plan's 10-minute medical emergency circles by car (ch. 9, note 17) and its 10-minute fitness circle.
/// Where no standard exists the entry says it is the project's assumption.
/// </summary>
public static class ServiceStandards
{
    /// <summary>Every standard, several per kind where the standards define several levels.</summary>
    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new(FacilityKind.Kindergarten, LifeCircle.FiveMinute, AccessMode.Walking, 300, 5,
            "GB 50180-2018 附录B 表B.0.3: 幼儿园 服务半径不宜大于300m (5分钟生活圈)"),
        new(FacilityKind.PrimarySchool, LifeCircle.TenMinute, AccessMode.Walking, 500, 10,
            "GB 50180-2018 附录B 表B.0.2: 小学 服务半径不宜大于500m (10分钟生活圈)"),
        new(FacilityKind.JuniorMiddleSchool, LifeCircle.FifteenMinute, AccessMode.Walking, 1000, 15,
            "GB 50180-2018 附录B 表B.0.1: 初中 服务半径不宜大于1000m (15分钟生活圈)"),
        new(FacilityKind.SeniorHighSchool, null, AccessMode.Walking, 2000, 25,
            "no national walking standard for 高中: project assumption of 2000 m (≈25 min), to be set by the education bureau"),
        new(FacilityKind.Hospital, null, AccessMode.Driving, null, 10,
            "汉阳区“十四五”规划 第九章 注17: 东中南西四个“10分钟医疗急救圈” (by car)"),
        new(FacilityKind.CommunityHealthCenter, LifeCircle.FifteenMinute, AccessMode.Walking, 1000, 15,
            "GB 50180-2018 附录B 表B.0.1: 社区卫生服务中心 服务半径不宜大于1000m (15分钟生活圈)"),
        new(FacilityKind.CommunityHealthStation, LifeCircle.FiveMinute, AccessMode.Walking, 300, 5,
            "GB 50180-2018 附录B 表B.0.3: 社区卫生服务站 服务半径不宜大于300m (5分钟生活圈)"),
        new(FacilityKind.ElderlyCare, LifeCircle.FifteenMinute, AccessMode.Walking, 1000, 15,
            "GB 50180-2018 附录B 表B.0.1: 养老院 / 老年养护院 (15分钟生活圈, 步行800–1000m)"),
        new(FacilityKind.ElderlyCare, LifeCircle.FiveMinute, AccessMode.Walking, 300, 5,
            "GB 50180-2018 附录B 表B.0.3: 老年人日间照料中心(托老所) 服务半径不宜大于300m (5分钟生活圈)"),
        new(FacilityKind.Sports, LifeCircle.FifteenMinute, AccessMode.Walking, 1000, 15,
            "GB 50180-2018 附录B 表B.0.1: 大型多功能运动场地 服务半径不宜大于1000m"),
        new(FacilityKind.Sports, LifeCircle.TenMinute, AccessMode.Walking, 500, 10,
            "汉阳区“十四五”规划 第九章: 10分钟体育健身圈; GB 50180-2018 表B.0.2 中型多功能运动场地 服务半径不宜大于500m"),
        new(FacilityKind.Park, LifeCircle.FifteenMinute, AccessMode.Walking, 1000, 15,
            "GB 50180-2018 §4.0.4: 15分钟生活圈居住区公园 (步行800–1000m)"),
        new(FacilityKind.Park, LifeCircle.TenMinute, AccessMode.Walking, 500, 10,
            "GB 50180-2018 §4.0.4: 10分钟生活圈居住区公园 (步行500m)"),
        new(FacilityKind.Parking, LifeCircle.FiveMinute, AccessMode.Walking, 300, 5,
            "GB/T 51149-2016 §5.1: 公共停车场服务半径, 中心区不应大于300m"),
    ];

    /// <summary>The standards that apply to <paramref name="kind"/> (at least one for every kind).</summary>
    public static IReadOnlyList<ServiceStandard> For(FacilityKind kind) => All.Where(s => s.Kind == kind).ToArray();

    /// <summary>
    /// The primary standard of a kind: the first listed, which is the one coverage uses unless a planner
    /// chooses another level.
    /// </summary>
    public static ServiceStandard PrimaryFor(FacilityKind kind) => All.First(s => s.Kind == kind);
}
