namespace Hanyang.Gis.Domain.Places;

/// <summary>Identifies one of the plan's two river belts (两带): yangtze, hanjiang.</summary>
/// <param name="Value">The identifier.</param>
public readonly record struct BeltId(string Value)
{
    /// <summary>The two belt identifiers the plan defines (ch. 3 §2).</summary>
    public static IReadOnlyList<BeltId> PlanBelts { get; } = [new("yangtze"), new("hanjiang")];

    /// <inheritdoc />
    public override string ToString() => Value;
}
