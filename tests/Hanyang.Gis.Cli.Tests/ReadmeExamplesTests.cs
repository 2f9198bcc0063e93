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
        foreach (Match m in Example().Matches(readme))
        {
            data.Add(m.Groups[1].Value.Trim());
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

        if (args[0] != "geodata")
        {
            args.AddRange(["--data-dir", work]); // keep the user's own edits out of the test
        }

        var (code, stdout, stderr) = Hanyang.Run([.. args]);

        Assert.True(code == 0, $"hanyang {arguments} failed: {stderr}");
        Assert.False(string.IsNullOrWhiteSpace(stdout));
    }

    [Fact]
    public void Readme_HasTheExamples() => Assert.True(Examples().Count >= 5);

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

    [GeneratedRegex(@"^dotnet run --project src/Hanyang\.Gis\.Cli -- ((?:coverage|isochrones|medical-circles|reach|geodata)[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex Example();
}
