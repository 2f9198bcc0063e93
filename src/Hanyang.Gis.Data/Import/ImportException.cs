namespace Hanyang.Gis.Data.Import;

/// <summary>
/// An import was refused. Carries the whole <see cref="ImportReport"/> (every problem, each naming the
/// file and feature or CSV row); the message lists them. Nothing was written.
/// </summary>
public sealed class ImportException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the error from a report that has problems.</summary>
    public ImportException(ImportReport report)
        : base(Format(report))
    {
        Report = report;
    }

    /// <summary>The report: every problem, and the repairs that were made before the import was refused.</summary>
    public ImportReport Report { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ImportProblem> Problems => Report.Problems;

    private static string Format(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problems = report.Problems;
        var lines = problems.Take(ProblemsInMessage).Select(p => "  " + p);
        var more = problems.Count > ProblemsInMessage ? $"{Environment.NewLine}  … and {problems.Count - ProblemsInMessage} more" : string.Empty;
        var rows = problems.Any(p => p.Item?.Kind == ImportItemKind.Row)
            ? $"{Environment.NewLine}  (CSV row 1 is the first data row after the header; line numbers count the header as line 1)"
            : string.Empty;
        return $"import refused, nothing was written: {problems.Count} problem(s){Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}{rows}";
    }
}
