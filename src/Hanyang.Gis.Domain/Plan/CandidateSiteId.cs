namespace Hanyang.Gis.Domain.Plan;

/// <summary>Identifies a candidate site for a new facility.</summary>
/// <param name="Value">The identifier.</param>
public readonly record struct CandidateSiteId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
