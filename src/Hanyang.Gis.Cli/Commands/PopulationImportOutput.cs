using System.Globalization;
using System.Text;
using Hanyang.Gis.Data.Import.Population;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>What <c>hanyang import --layer population</c> prints (Chinese, for the planner): what was set, and every code that matched nothing, both ways.</summary>
internal static class PopulationImportOutput
{
    // Invariant: the tool runs with invariant globalization; its grouping (6,000) is the one Chinese readers use too.
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    public static string Text(string file, PopulationJoinResult result, string source, int? year)
    {
        var b = new StringBuilder();
        var label = year is { } y ? $"{source}，{y} 年" : source;
        b.AppendLine(string.Create(Numbers, $"已导入人口：{file}（{label}）→ {result.Matched.Count} 个社区，合计 {result.Matched.Sum(c => (long)c.Population):N0} 人"));
        b.AppendLine(string.Create(Numbers, $"表中代码在规划中找不到：{result.UnknownCodes.Count} 个"));
        foreach (var row in result.UnknownCodes)
        {
            b.AppendLine(string.Create(Numbers, $"  第 {row.Row} 行 {row.Code}（{row.Residents:N0} 人，未导入）"));
        }

        b.AppendLine(string.Create(Numbers, $"规划中没有对应行的社区（保留原人口）：{result.WithoutRow.Count} 个"));
        foreach (var community in result.WithoutRow)
        {
            b.AppendLine(string.Create(Numbers, $"  {community.Code} {community.Name}（{community.Population:N0} 人，来源：{SourceOf(community)}）"));
        }

        return b.ToString();
    }

    public static string GridText(string file, PopulationGridResult result, string source, int? year)
    {
        var b = new StringBuilder();
        var label = year is { } y ? $"{source}，{y} 年" : source;
        b.AppendLine(string.Create(Numbers, $"已导入人口栅格：{file}（{label}，{result.Crs}，{result.Columns}×{result.Rows} 像元）→ {result.Communities.Count} 个社区，合计 {result.AssignedResidents:N0} 人"));
        b.AppendLine(string.Create(Numbers, $"无数据像元：{result.NodataCells:N0} 个；落在所有社区之外的人口：{result.UnassignedResidents:N0} 人（{result.UnassignedCells:N0} 个像元）"));
        return b.ToString();
    }

    private static string SourceOf(Community community) => community.PopulationSource?.Source ?? "未记录";
}
