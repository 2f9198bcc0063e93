namespace Hanyang.Gis.Domain.Places;

/// <summary>A community's (社区居委会) 12-digit National Bureau of Statistics division code.</summary>
/// <param name="Value">The code.</param>
public readonly record struct CommunityCode(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
