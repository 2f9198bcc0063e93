using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Reports.Siting;

/// <summary>A site a siting run chose, as <c>hanyang site</c> writes it.</summary>
/// <param name="Id">The site's id (a candidate-site id).</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">The facility kind to build there (kebab-case identifier).</param>
/// <param name="CoveredPopulation">Residents the site covers within the budget.</param>
/// <param name="GainPopulation">Residents newly covered by adding it (beyond what is already covered).</param>
/// <param name="Location">Where, in EPSG:4547.</param>
public sealed record ChosenSite(string Id, string Name, string Kind, long CoveredPopulation, long GainPopulation, Point Location);
