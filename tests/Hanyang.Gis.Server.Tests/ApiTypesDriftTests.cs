using System.Diagnostics;
using System.Net;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// The map client's API types (src/generated/api.d.ts) are generated from the server's OpenAPI document by
/// openapi-typescript and checked in; this test generates them again from the running server's
/// /openapi/v1.json and fails when the checked-in file no longer matches, naming the command that
/// regenerates it.
/// </summary>
public sealed class ApiTypesDriftTests(RunningServer server) : IClassFixture<RunningServer>
{
    private const string Regenerate = "scripts/gen-api-types.sh (or `npm run gen:api` in src/Hanyang.Gis.MapClient against a running server)";

    [Fact]
    public async Task CheckedInApiTypes_MatchTheServersOpenApiDocument()
    {
        var client = Path.Combine(Repository.Root(), "src", "Hanyang.Gis.MapClient");
        var generator = Path.Combine(client, "tools", "api-types", "generate.mjs");
        Assert.True(
            Directory.Exists(Path.Combine(client, "tools", "api-types", "node_modules", "openapi-typescript")),
            "openapi-typescript is not installed: run `npm ci` in src/Hanyang.Gis.MapClient");
        var (status, document, _) = await server.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);

        var work = Directory.CreateTempSubdirectory("hanyang-api-types-");
        try
        {
            var source = Path.Combine(work.FullName, "openapi.json");
            var generated = Path.Combine(work.FullName, "api.d.ts");
            await File.WriteAllTextAsync(source, document);
            await RunNodeAsync(client, generator, source, generated);

            var expected = Normalise(await File.ReadAllTextAsync(generated));
            var checkedIn = Normalise(await File.ReadAllTextAsync(Path.Combine(client, "src", "generated", "api.d.ts")));
            Assert.True(
                expected == checkedIn,
                $"src/Hanyang.Gis.MapClient/src/generated/api.d.ts has drifted from /openapi/v1.json ({FirstDifference(expected, checkedIn)}); regenerate it with {Regenerate} and commit it");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task RunNodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node is not installed");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"the generator failed:\n{await output}\n{await error}");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                return $"line {i + 1}: expected `{e[i].Trim()}`, found `{a[i].Trim()}`";
            }
        }

        return $"expected {e.Length} lines, found {a.Length}";
    }
}
