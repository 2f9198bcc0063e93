namespace Hanyang.Gis.Domain.Places;

/// <summary>A street's (街道) 12-digit National Bureau of Statistics division code, e.g. "420105001000".</summary>
/// <param name="Value">The code.</param>
public readonly record struct StreetCode(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
