using System.Diagnostics;

namespace Hanyang.Gis.Server.Tests;

/// <summary>The web map's pure logic (styling rules, formatting, hash state, search, the xlsx writer), tested by node's own runner.</summary>
public sealed class MapClientLogicTests
{
    [Fact]
    public void ClientUnitTests_RunUnderNodeTest_AllPass()
    {
        var client = Path.Combine(Repository.Root(), "src", "Hanyang.Gis.MapClient");
        var start = new ProcessStartInfo("node") { WorkingDirectory = client, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("test/run.mjs");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node is not installed");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the client unit tests did not finish in 2 minutes");

        Assert.True(process.ExitCode == 0, $"client unit tests failed:\n{output.Result}\n{error.Result}");
        Assert.Matches(@"# pass [1-9][0-9]*", output.Result);
        Assert.Contains("# fail 0", output.Result, StringComparison.Ordinal);
    }
}
