using System.Xml.Linq;

namespace Hanyang.Gis.Architecture.Tests;

/// <summary>
/// Each project under src/ references only what its row in the architecture table allows
/// (projects and NuGet packages), so the layers cannot quietly grow into each other.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, (string[] Projects, string[] PackagePrefixes)> Allowed = new()
    {
        ["Hanyang.Gis.Spatial"] = ([], ["NetTopologySuite", "ProjNET"]),
        ["Hanyang.Gis.Domain"] = (["Hanyang.Gis.Spatial"], []),
        ["Hanyang.Gis.Network"] = ([], []),
        ["Hanyang.Gis.Optimization"] = ([], ["Google.OrTools", "Google.Protobuf"]),
        ["Hanyang.Gis.Analysis"] = (["Hanyang.Gis.Domain", "Hanyang.Gis.Spatial", "Hanyang.Gis.Network", "Hanyang.Gis.Optimization"], []),
        ["Hanyang.Gis.Application"] = (["Hanyang.Gis.Domain", "Hanyang.Gis.Spatial", "Hanyang.Gis.Network", "Hanyang.Gis.Analysis", "Hanyang.Gis.Optimization"], []),
        ["Hanyang.Gis.Data"] = (["Hanyang.Gis.Domain", "Hanyang.Gis.Spatial"], ["Npgsql", "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "NetTopologySuite", "protobuf-net", "OsmSharp", "DocumentFormat.OpenXml", "BitMiracle.LibTiff.NET"]),
        ["Hanyang.Gis.Server"] = (["Hanyang.Gis.Spatial", "Hanyang.Gis.Domain", "Hanyang.Gis.Network", "Hanyang.Gis.Optimization", "Hanyang.Gis.Analysis", "Hanyang.Gis.Application", "Hanyang.Gis.Data"], ["Microsoft.", "NetTopologySuite", "SkiaSharp", "Scalar.AspNetCore"]),
        ["Hanyang.Gis.Reports"] = (["Hanyang.Gis.Spatial", "Hanyang.Gis.Domain", "Hanyang.Gis.Analysis", "Hanyang.Gis.Network", "Hanyang.Gis.Optimization"], ["SkiaSharp", "DocumentFormat.OpenXml", "PDFsharp"]),
        ["Hanyang.Gis.Cli"] = (["Hanyang.Gis.Spatial", "Hanyang.Gis.Domain", "Hanyang.Gis.Network", "Hanyang.Gis.Optimization", "Hanyang.Gis.Analysis", "Hanyang.Gis.Application", "Hanyang.Gis.Data", "Hanyang.Gis.Reports", "Hanyang.Gis.Server"], ["System.CommandLine", "Microsoft.", "SkiaSharp", "Npgsql"]),
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_ReferencesOnlyWhatItsLayerAllows(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"{project} has no row in the architecture table; add one");
        var document = XDocument.Load(Path.Combine(RepositoryRoot(), "src", project, project + ".csproj"));

        var projects = document.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = document.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();

        var forbiddenProjects = projects.Except(allowed.Projects).ToList();
        var forbiddenPackages = packages.Where(p => !allowed.PackagePrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        Assert.Empty(forbiddenProjects);
        Assert.Empty(forbiddenPackages);
    }

    /// <summary>The server's composition root: the only files that may name a concrete store (they call PlanStores.Open).</summary>
    private static readonly string[] ServerCompositionRoot = ["Program.cs", "ServerSetup.cs"];

    /// <summary>Types of Data the server must not name outside its composition root: the stores and their database failures.</summary>
    private static readonly string[] ConcreteStoreTypes = ["PostGisPlanStore", "EmbeddedPlanStore", "TranslatingPostGisStore", "PostGisFailures", "PlanDbContext"];

    [Fact]
    public void Server_UsesNoNpgsqlType()
    {
        // The server knows database failures only as the domain's exceptions (StoreUnavailableException, StoreNotReadyException).
        var offending = ServerSourceLines()
            .Where(l => l.Text.StartsWith("using Npgsql", StringComparison.Ordinal) || l.Text.Contains("Npgsql", StringComparison.Ordinal) || l.Text.Contains("PostgresException", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Server_NamesNoConcreteStoreOutsideItsCompositionRoot()
    {
        // Endpoints depend on the store's role interfaces (Domain/Stores); only ServerSetup and Program choose the store.
        var offending = ServerSourceLines()
            .Where(l => !ServerCompositionRoot.Contains(l.File, StringComparer.Ordinal))
            .Where(l => ConcreteStoreTypes.Any(t => System.Text.RegularExpressions.Regex.IsMatch(l.Text, $@"\b{t}\b")) || l.Text.StartsWith("using Hanyang.Gis.Data.PostGis", StringComparison.Ordinal) || l.Text.StartsWith("using Hanyang.Gis.Data.Embedded", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.Empty(offending);
    }

    /// <summary>Every non-comment line of the server's C# sources (bin and obj left out), with its file name and number.</summary>
    private static List<(string File, int Line, string Text)> ServerSourceLines() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Hanyang.Gis.Server"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal))
            .ToList();

    [Fact]
    public void Solution_ListsEveryProjectUnderSrcAndTests()
    {
        var root = RepositoryRoot();
        var solution = File.ReadAllText(Path.Combine(root, "Hanyang.Gis.sln"));
        var projects = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories));

        var missing = projects.Select(Path.GetFileNameWithoutExtension).Where(name => !solution.Contains($"\"{name}\"", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
        Assert.StartsWith("Microsoft Visual Studio Solution File", solution.TrimStart('\uFEFF', '\r', '\n'), StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hanyang.Gis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hanyang.Gis.sln not found above " + AppContext.BaseDirectory);
    }
}
