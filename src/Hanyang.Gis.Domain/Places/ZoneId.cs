namespace Hanyang.Gis.Domain.Places;

/// <summary>Identifies one of the plan's four functional zones (四区): zhongjiacun, qintai, sixin, hsr.</summary>
/// <param name="Value">The identifier.</param>
public readonly record struct ZoneId(string Value)
{
    /// <summary>The four zone identifiers the plan defines (ch. 3 §1).</summary>
    public static IReadOnlyList<ZoneId> PlanZones { get; } = [new("zhongjiacun"), new("qintai"), new("sixin"), new("hsr")];

    /// <inheritdoc />
    public override string ToString() => Value;
}
