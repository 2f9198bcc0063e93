namespace Hanyang.Gis.Domain.Facilities;

/// <summary>
/// The kinds of service facility. Their identifiers (<see cref="Identifiers.Of{TEnum}"/>: kindergarten,
/// primary-school, junior-middle-school, ...) are the same in geodata/, the CLI and the API.
/// </summary>
public enum FacilityKind
{
    /// <summary>幼儿园.</summary>
    Kindergarten,

    /// <summary>小学.</summary>
    PrimarySchool,

    /// <summary>初中.</summary>
    JuniorMiddleSchool,

    /// <summary>高中.</summary>
    SeniorHighSchool,

    /// <summary>医院.</summary>
    Hospital,

    /// <summary>社区卫生服务中心 (street level).</summary>
    CommunityHealthCenter,

    /// <summary>社区卫生服务站 (community level).</summary>
    CommunityHealthStation,

    /// <summary>养老设施: elderly-care centres, complexes and service points.</summary>
    ElderlyCare,

    /// <summary>体育设施: sports grounds, fitness centres.</summary>
    Sports,

    /// <summary>公园.</summary>
    Park,

    /// <summary>公共停车场.</summary>
    Parking,
}
