namespace Hanyang.Gis.Domain.Facilities;

/// <summary>Identifies a facility, e.g. "fac-primary-zhongjiacun".</summary>
/// <param name="Value">The identifier text.</param>
public readonly record struct FacilityId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
