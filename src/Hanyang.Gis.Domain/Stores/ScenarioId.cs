namespace Hanyang.Gis.Domain.Stores;

/// <summary>Identifies a planning scenario.</summary>
/// <param name="Value">The identifier text.</param>
public readonly record struct ScenarioId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
