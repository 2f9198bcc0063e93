using Hanyang.Gis.Data.Tests.Geodata;
using Hanyang.Gis.Data.Tests.PostGis;
using Npgsql;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>
/// A user's mistake or an outage is one line on stderr and exit code 1 (2 for wrong usage) — never a stack
/// trace, which only HANYANG_DEBUG=1 adds.
/// </summary>
public sealed class CliErrorTests : IDisposable
{
    private const string DeadPort = "Host=127.0.0.1;Port=1;Database=hanyang;Username=hanyang;Password=hanyang";

    private readonly MiniGeodata data = new();
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-cli-errors-" + Guid.NewGuid().ToString("N"));

    public CliErrorTests() => Directory.CreateDirectory(work);

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(work, recursive: true);
    }

    /// <summary>Asserts the exit code and that stderr is exactly one line, without stack frames, containing <paramref name="expected"/>.</summary>
    internal static void OneLine((int ExitCode, string Out, string Error) run, int exitCode, string expected)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}: {run.Error}");
        Assert.True(lines.Length == 1, $"{lines.Length} lines on stderr: {run.Error}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("hanyang: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nonsense", "--connection: not a PostgreSQL connection string (Format of the initialization string")]
    [InlineData("Port=abc;Host=x", "--connection: not a PostgreSQL connection string (Couldn't set port")]
    [InlineData("Database=hanyang", "--connection: the connection string names no Host")]
    public void Coverage_MalformedConnection_ExitsTwoNamingTheOption(string connection, string expected) =>
        OneLine(Hanyang.Run("coverage", "--kind", "primary-school", "--minutes", "10", "--connection", connection), 2, expected);

    [Fact]
    public void Coverage_MalformedConnectionStringInTheEnvironment_ExitsTwoNamingTheVariable() =>
        OneLine(Hanyang.RunWith(new Dictionary<string, string> { ["ConnectionStrings__Plan"] = "nonsense" }, "coverage", "--kind", "primary-school", "--minutes", "10"),
            2, "hanyang: ConnectionStrings__Plan: not a PostgreSQL connection string");

    [Fact]
    public void DbMigrate_WithoutAConnection_ExitsTwoSayingHowToGiveOne() =>
        OneLine(Hanyang.Run("db", "migrate"), 2, "no PostGIS connection: pass --connection or set ConnectionStrings__Plan");

    [Theory]
    [InlineData("coverage", "--kind", "primary-school", "--minutes", "10")]
    [InlineData("db", "migrate")]
    public void NothingListensOnThePort_ExitsOneNamingHostPortAndWhatToCheck(params string[] verb) =>
        OneLine(Hanyang.Run([.. verb, "--connection", DeadPort]), 1,
            "hanyang: cannot reach PostGIS at 127.0.0.1:1 (Connection refused): check that PostgreSQL runs there (scripts/postgis.sh status) and that --connection names the right Host and Port");

    [Fact]
    public void DbMigrate_WrongPassword_ExitsOneSayingTheLoginWasRefused()
    {
        var wrong = new NpgsqlConnectionStringBuilder(TestDatabase.Server) { Password = "not-the-password" };

        OneLine(Hanyang.Run("db", "migrate", "--connection", wrong.ConnectionString), 1,
            $"refused the login of user '{wrong.Username}' (28P01: password authentication failed for user \"{wrong.Username}\"): check Username and Password in --connection");
    }

    [Fact]
    public void Coverage_NoSuchDatabase_ExitsOneNamingIt()
    {
        var missing = new NpgsqlConnectionStringBuilder(TestDatabase.Server) { Database = "hanyang_no_such_database" }.ConnectionString;

        OneLine(Hanyang.Run("coverage", "--kind", "primary-school", "--connection", missing), 1, "has no database 'hanyang_no_such_database'");
    }

    [Fact]
    public void UnexpectedError_IsItsMessageOnOneLine_AndHanyangDebugAddsTheStackTrace()
    {
        File.WriteAllText(Path.Combine(work, "edits.json"), "{not json");
        string[] coverage = ["coverage", "--geodata", data.Directory, "--data-dir", work, "--kind", "primary-school"];

        var quiet = Hanyang.Run(coverage);
        var debug = Hanyang.RunWith(new Dictionary<string, string> { ["HANYANG_DEBUG"] = "1" }, coverage);

        OneLine(quiet, 1, "(JsonException; set HANYANG_DEBUG=1 to see where)");
        Assert.Equal(1, debug.ExitCode);
        Assert.StartsWith(quiet.Error.TrimEnd(), debug.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", debug.Error, StringComparison.Ordinal);
    }
}
