using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Standards;

/// <summary>
/// How close a facility of a kind should be to the residents it serves, with the clause it comes from.
/// </summary>
/// <param name="Kind">The facility kind.</param>
/// <param name="LifeCircle">The GB 50180-2018 life-circle level, when the standard is one.</param>
/// <param name="Mode">Walking or driving.</param>
/// <param name="DistanceMeters">The service radius along the network, when the standard gives one.</param>
/// <param name="Minutes">The travel-time budget.</param>
/// <param name="Source">The clause or document, e.g. "GB 50180-2018 附录B 表B.0.2 (小学 服务半径不宜大于500m)".</param>
public sealed record ServiceStandard(
    FacilityKind Kind,
    LifeCircle? LifeCircle,
    AccessMode Mode,
    double? DistanceMeters,
    double Minutes,
    string Source);
