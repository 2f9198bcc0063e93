namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Everything an import found: the problems that refuse it (all of them, not only the first) and the
/// repairs made because <c>--make-valid</c> was asked for, which do not refuse it.
/// </summary>
/// <param name="Problems">Every problem found; an import with any is refused and writes nothing.</param>
/// <param name="Repairs">Each geometry repaired, as a message naming the file and feature.</param>
/// <param name="Notes">What else the planner should know, e.g. rows a mapping left out because their type is not mapped (counted by value); null when none.</param>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Repairs, IReadOnlyList<string>? Notes = null)
{
    /// <summary>True when there is no problem, so the import may be written.</summary>
    public bool IsAccepted => Problems.Count == 0;
}
