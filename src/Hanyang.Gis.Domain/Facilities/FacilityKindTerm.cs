using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Domain.Facilities;

/// <summary>A facility kind as planners name and measure it: the one place its Chinese name is written.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="NameZh">The plan's Chinese term for the kind, e.g. 小学, 公共停车场.</param>
/// <param name="CapacityUnit">The unit a facility of the kind counts its capacity in.</param>
/// <param name="Standards">The service standards of the kind, the primary one first (<see cref="ServiceStandards.For"/>).</param>
public sealed record FacilityKindTerm(FacilityKind Kind, string NameZh, CapacityUnit CapacityUnit, IReadOnlyList<ServiceStandard> Standards)
{
    /// <summary>The kind's identifier (primary-school …), as in geodata/, the CLI and the API.</summary>
    public string Id => Identifiers.Of(Kind);
}
