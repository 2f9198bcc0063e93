namespace Hanyang.Gis.Data.Import.Population;

/// <summary>A population import was refused; nothing was written. The message lists every problem, each naming its row and column.</summary>
public sealed class PopulationImportException : Exception
{
    private const int ProblemsInMessage = 30;

    /// <summary>Creates the error from the problems found in <paramref name="file"/>.</summary>
    public PopulationImportException(string file, IReadOnlyList<string> problems)
        : base(Format(file, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem, in Chinese, e.g. "第 5 行 residents 列：应为非负整数，实为 'abc'".</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(string file, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Take(ProblemsInMessage).Select(p => p.StartsWith('：') ? $"  {file}{p}" : $"  {file} {p}");
        var more = problems.Count > ProblemsInMessage ? $"{Environment.NewLine}  …另有 {problems.Count - ProblemsInMessage} 个问题" : string.Empty;
        return $"人口导入被拒绝，未写入任何数据：共 {problems.Count} 个问题{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
