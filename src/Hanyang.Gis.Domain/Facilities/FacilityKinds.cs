using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Domain.Facilities;

/// <summary>
/// The catalogue of facility kinds: each kind's Chinese name, capacity unit and service standards, written
/// once here and used by the analyses, the reports, the CLI and (through <c>GET /api/facility-kinds</c>) the
/// web map. The names are the plan's own terms (汉阳区“十四五”规划: 公共停车场, not 停车场).
/// </summary>
public static class FacilityKinds
{
    private static readonly Dictionary<FacilityKind, FacilityKindTerm> ByKind = new FacilityKindTerm[]
    {
        Term(FacilityKind.Kindergarten, "幼儿园", CapacityUnit.Seats),
        Term(FacilityKind.PrimarySchool, "小学", CapacityUnit.Seats),
        Term(FacilityKind.JuniorMiddleSchool, "初中", CapacityUnit.Seats),
        Term(FacilityKind.SeniorHighSchool, "高中", CapacityUnit.Seats),
        Term(FacilityKind.Hospital, "医院", CapacityUnit.Beds),
        Term(FacilityKind.CommunityHealthCenter, "社区卫生服务中心", CapacityUnit.Beds),
        Term(FacilityKind.CommunityHealthStation, "社区卫生服务站", CapacityUnit.Beds),
        Term(FacilityKind.ElderlyCare, "养老设施", CapacityUnit.Beds),
        Term(FacilityKind.Sports, "体育设施", CapacityUnit.SquareMetres),
        Term(FacilityKind.Park, "公园", CapacityUnit.SquareMetres),
        Term(FacilityKind.Parking, "公共停车场", CapacityUnit.Spaces),
    }.ToDictionary(t => t.Kind);

    /// <summary>Every kind's term, in the declaration order of <see cref="FacilityKind"/>.</summary>
    public static IReadOnlyList<FacilityKindTerm> All { get; } = Enum.GetValues<FacilityKind>().Select(k => ByKind[k]).ToArray();

    /// <summary>The term of <paramref name="kind"/>.</summary>
    /// <exception cref="KeyNotFoundException">A kind with no catalogue entry (a test keeps this from happening).</exception>
    public static FacilityKindTerm Get(FacilityKind kind) =>
        ByKind.TryGetValue(kind, out var term) ? term : throw new KeyNotFoundException($"facility kind {kind} has no entry in {nameof(FacilityKinds)}; add its Chinese name and unit there");

    /// <summary>The Chinese name of <paramref name="kind"/> (小学, 社区卫生服务中心 …).</summary>
    public static string NameZh(FacilityKind kind) => Get(kind).NameZh;

    private static FacilityKindTerm Term(FacilityKind kind, string nameZh, CapacityUnit unit) => new(kind, nameZh, unit, ServiceStandards.For(kind));
}
