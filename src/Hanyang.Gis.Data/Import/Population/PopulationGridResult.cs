using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>What summing a population grid into the plan's communities gives.</summary>
/// <param name="AllCommunities">Every community of the plan: those the grid reaches with their new population, the others as they were.</param>
/// <param name="Communities">The communities the grid reaches (at least one cell assigned), by code.</param>
/// <param name="WithoutCells">Communities no cell of the grid falls to (they keep their population), by code.</param>
/// <param name="Crs">The grid's CRS, e.g. EPSG:4326.</param>
/// <param name="Columns">Grid columns.</param>
/// <param name="Rows">Grid rows.</param>
/// <param name="NodataCells">Cells holding the nodata value (skipped).</param>
/// <param name="AssignedResidents">Residents summed into communities.</param>
/// <param name="UnassignedResidents">Residents of cells outside every street and community area (outside the district).</param>
/// <param name="UnassignedCells">Cells with data outside every street and community area.</param>
public sealed record PopulationGridResult(
    IReadOnlyList<Community> AllCommunities,
    IReadOnlyList<Community> Communities,
    IReadOnlyList<Community> WithoutCells,
    string Crs,
    int Columns,
    int Rows,
    long NodataCells,
    long AssignedResidents,
    long UnassignedResidents,
    long UnassignedCells);
