namespace Hanyang.Gis.Domain.Places;

/// <summary>Residents of one age group, as a census table names the group.</summary>
/// <param name="Group">The group's label as the source writes it, e.g. 0-14 or 60+.</param>
/// <param name="Residents">Residents in it (persons).</param>
public sealed record AgeGroupCount(string Group, int Residents);
