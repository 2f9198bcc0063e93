namespace Hanyang.Gis.Data.Geodata;

/// <summary>
/// The dataset could not be loaded. Carries every problem found (not only the first), each naming
/// the file and feature; the message lists them.
/// </summary>
public sealed class GeodataException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the error from the problems found.</summary>
    public GeodataException(IReadOnlyList<GeodataProblem> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<GeodataProblem> Problems { get; }

    private static string Format(IReadOnlyList<GeodataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Take(ProblemsInMessage).Select(p => "  " + p);
        var more = problems.Count > ProblemsInMessage ? $"{Environment.NewLine}  … and {problems.Count - ProblemsInMessage} more" : string.Empty;
        return $"geodata could not be loaded: {problems.Count} problem(s){Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
