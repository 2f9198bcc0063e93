using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>
/// <c>hanyang import --layer population</c>: a census table joined by code to the plan's communities and written in
/// one step (<see cref="IPlanImports.ReplaceCommunitiesAsync"/>). A table with any wrong row writes nothing.
/// </summary>
public static class PopulationImport
{
    /// <summary>The --layer value of a census table import.</summary>
    public const string CensusLayer = "population";

    /// <summary>The --layer value of a population grid import.</summary>
    public const string GridLayer = "population-grid";

    /// <summary>Reads the census table at <paramref name="path"/>, joins it and writes the communities.</summary>
    /// <exception cref="PopulationImportException">The table is unreadable, a row is wrong, or no row matches the plan.</exception>
    public static async Task<PopulationJoinResult> ImportCensusAsync(IPlanStore store, string path, PopulationLevel level, string source, int? year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = CensusTableReader.Read(path);
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        var result = PopulationJoin.Apply(plan.Communities, rows, level, source, year);
        if (result.Matched.Count == 0)
        {
            var what = level == PopulationLevel.Street ? "街道" : "社区";
            throw new PopulationImportException(Path.GetFileName(path), [$"：没有一行的代码与规划中的{what}相符（是否应使用 --by {(level == PopulationLevel.Street ? "community" : "street")}？）"]);
        }

        await store.ReplaceCommunitiesAsync(result.Communities, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
