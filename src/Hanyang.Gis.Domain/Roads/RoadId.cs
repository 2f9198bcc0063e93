namespace Hanyang.Gis.Domain.Roads;

/// <summary>Identifies one road segment (a noded piece of a named road), e.g. "road-0042".</summary>
/// <param name="Value">The identifier.</param>
public readonly record struct RoadId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
