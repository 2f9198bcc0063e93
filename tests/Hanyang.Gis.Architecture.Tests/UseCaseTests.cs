using System.Text.RegularExpressions;

namespace Hanyang.Gis.Architecture.Tests;

/// <summary>
/// The use cases live once, in Hanyang.Gis.Application: the application knows no database and no HTTP, and
/// the front doors (the CLI's verbs, the server's endpoints) do not run an analysis the application owns —
/// they read their medium into a request, call the use case and write its result.
/// </summary>
public class UseCaseTests
{
    /// <summary>What the application's use cases run; a front door that names one of these is doing the application's work.</summary>
    private static readonly Regex UseCaseEngines = new(
        @"\b(CoverageAnalyzer|SitingAnalyzer|SitingCandidates|MedicalCircles\.Compute|CommunityReach|CommunityRoutes|FacilityCatchment|PlanTargets\.Progress|PlanNetworkBuilder|ServiceCircleBuilder|new ServiceCircleCache)\b|\.WithFacilities\(",
        RegexOptions.CultureInvariant);

    /// <summary>Folders of the front doors that translate to and from their medium for the application's use cases.</summary>
    private static readonly string[] FrontDoors =
    [
        "src/Hanyang.Gis.Server/Analysis", "src/Hanyang.Gis.Server/Scenarios",
        "src/Hanyang.Gis.Cli/Commands/CoverageCommand.cs", "src/Hanyang.Gis.Cli/Commands/IsochronesCommand.cs", "src/Hanyang.Gis.Cli/Commands/ReachCommand.cs",
        "src/Hanyang.Gis.Cli/Commands/MedicalCirclesCommand.cs", "src/Hanyang.Gis.Cli/Commands/SiteCommand.cs", "src/Hanyang.Gis.Cli/Commands/ReportCommand.cs",
        "src/Hanyang.Gis.Cli/Commands/PlanAnalysis.cs",
    ];

    [Fact]
    public void Application_UsesNoDatabaseAndNoHttp()
    {
        var offending = Lines("src/Hanyang.Gis.Application")
            .Where(l => l.Text.StartsWith("using ", StringComparison.Ordinal)
                && (l.Text.Contains("Npgsql", StringComparison.Ordinal) || l.Text.Contains("Hanyang.Gis.Data", StringComparison.Ordinal)
                    || l.Text.Contains("Microsoft.AspNetCore", StringComparison.Ordinal) || l.Text.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                    || l.Text.Contains("System.CommandLine", StringComparison.Ordinal)))
            .Select(l => l.ToString())
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void FrontDoors_RunNoAnalysisTheApplicationOwns()
    {
        var offending = FrontDoors.SelectMany(Lines)
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.StartsWith("///", StringComparison.Ordinal)
                && UseCaseEngines.IsMatch(l.Text))
            .Select(l => l.ToString())
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void FrontDoors_AreFilesThatExist()
    {
        // A renamed front door would make the rule above pass by scanning nothing.
        var root = LayeringTests.RepositoryRoot();
        Assert.All(FrontDoors, f => Assert.True(File.Exists(Path.Combine(root, f)) || Directory.Exists(Path.Combine(root, f)), $"{f} does not exist; update the list"));
    }

    private static IEnumerable<SourceLine> Lines(string relative)
    {
        var path = Path.Combine(LayeringTests.RepositoryRoot(), relative);
        var files = File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return files.SelectMany(f => File.ReadLines(f).Select((line, i) => new SourceLine(Path.GetFileName(f), i + 1, line.Trim())));
    }

    private sealed record SourceLine(string File, int Line, string Text)
    {
        public override string ToString() => $"{File}:{Line}: {Text}";
    }
}
