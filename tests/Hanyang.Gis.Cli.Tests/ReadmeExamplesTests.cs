using System.Text.RegularExpressions;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>The README's `hanyang` examples run as written (on the bundled data), so the README never lies.</summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-readme-" + Guid.NewGuid().ToString("N"));

    public ReadmeExamplesTests() => Directory.CreateDirectory(work);

    public void Dispose() => Directory.Delete(work, recursive: true);

    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var data = new TheoryData<string>();
        // The quick list and the worked example show some commands twice: each runs once.
        foreach (var example in Example().Matches(readme).Select(m => m.Groups[1].Value.Trim()).Distinct(StringComparer.Ordinal))
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RunsAsWritten(string arguments)
    {
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = args.IndexOf("--out");
        if (output >= 0)
        {
            args[output + 1] = Path.Combine(work, args[output + 1]);
        }

        // An example that reads what an earlier one wrote (--siting / --sites FILE) gets that example run first.
        foreach (var input in new[] { "--siting", "--sites" })
        {
            var at = args.IndexOf(input);
            if (at >= 0)
            {
                var writer = ((IEnumerable<object?[]>)Examples()).Select(e => (string)e[0]!).First(e => e.StartsWith("site ", StringComparison.Ordinal) && e.Contains("--out " + args[at + 1], StringComparison.Ordinal));
                Example_RunsAsWritten(writer);
                args[at + 1] = Path.Combine(work, args[at + 1]);
            }
        }

        if (args[0] != "geodata")
        {
            args.AddRange(["--data-dir", work]); // keep the user's own edits out of the test
        }

        var (code, stdout, stderr) = Hanyang.Run([.. args]);

        Assert.True(code == 0, $"hanyang {arguments} failed: {stderr}");
        Assert.False(string.IsNullOrWhiteSpace(stdout));
        if (output >= 0)
        {
            Assert.True(new FileInfo(args[output + 1]).Length > 0, $"hanyang {arguments} wrote nothing to {args[output + 1]}");
        }
    }

    [Fact]
    public void Readme_HasTheExamples() => Assert.True(Examples().Count >= 5);

    /// <summary>The worked example's figures are the ones the command prints today.</summary>
    [Fact]
    public void WorkedExample_FiguresAreTheOnesTheCommandPrints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var (code, json, stderr) = Hanyang.Run("coverage", "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "json", "--data-dir", work);
        Assert.True(code == 0, stderr);
        using var summary = System.Text.Json.JsonDocument.Parse(json);
        var root = summary.RootElement;
        var district = root.GetProperty("district");
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Contains($"{root.GetProperty("facilities").GetInt32()} existing primary schools cover **{district.GetProperty("coverage_rate").GetDouble() * 100:0.0} %**", readme, StringComparison.Ordinal);
        Assert.Contains(string.Create(inv, $"({district.GetProperty("covered_population").GetInt64():N0} of {district.GetProperty("population").GetInt64():N0}; {district.GetProperty("covered_communities").GetInt32()} of {district.GetProperty("communities").GetInt32()} communities)"), readme, StringComparison.Ordinal);
        Assert.Contains(string.Create(inv, $"{root.GetProperty("straight_line_radius_meters").GetDouble():0} m circles would claim {district.GetProperty("straight_line_coverage_rate").GetDouble() * 100:0.0} %"), readme, StringComparison.Ordinal);
        Assert.Contains($"{root.GetProperty("uncovered").GetArrayLength()} communities are left out", readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hanyang.Gis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"^dotnet run --project src/Hanyang\.Gis\.Cli -- ((?:coverage|isochrones|medical-circles|reach|geodata|render|report|site)[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex Example();
}
