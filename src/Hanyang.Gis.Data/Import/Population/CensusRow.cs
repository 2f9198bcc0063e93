using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>One row of a census table: a street or community code and its residents.</summary>
/// <param name="Row">The row as the planner sees it: the line of a CSV file, the row number of a worksheet.</param>
/// <param name="Code">The street or community division code.</param>
/// <param name="Residents">Resident population (persons).</param>
/// <param name="AgeGroups">Residents by age group, in the table's column order; empty when the table has no age-group columns.</param>
public sealed record CensusRow(int Row, string Code, int Residents, IReadOnlyList<AgeGroupCount> AgeGroups);
