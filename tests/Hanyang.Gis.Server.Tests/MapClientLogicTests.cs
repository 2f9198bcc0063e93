using System.Diagnostics;

namespace Hanyang.Gis.Server.Tests;

/// <summary>The web map's pure logic (styling rules, formatting, hash state, search, the xlsx writer), tested by node's own runner.</summary>
public sealed class MapClientLogicTests
{
    [Fact]
    public async Task ClientUnitTests_RunUnderNodeTest_AllPass()
    {
        var client = Path.Combine(Repository.Root(), "src", "Hanyang.Gis.MapClient");
        var start = new ProcessStartInfo("node") { WorkingDirectory = client, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("test/run.mjs");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node is not installed");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var (stdout, stderr) = (await output, await error);

        Assert.True(process.ExitCode == 0, $"client unit tests failed:\n{stdout}\n{stderr}");
        Assert.Matches(@"# pass [1-9][0-9]*", stdout);
        Assert.Contains("# fail 0", stdout, StringComparison.Ordinal);
    }
}
