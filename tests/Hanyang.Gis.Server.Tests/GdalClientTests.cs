using System.Diagnostics;

namespace Hanyang.Gis.Server.Tests;

/// <summary>GDAL's ogrinfo, a real third-party client, reads our OGC API (installed by scripts/test.sh).</summary>
public sealed class GdalClientTests(RunningServer server) : IClassFixture<RunningServer>
{
    [Fact]
    public void Ogrinfo_ListsEveryCollection()
    {
        var output = Ogrinfo("-ro", $"OAPIF:{server.BaseAddress}ogc");

        Assert.Contains("using driver `OAPIF' successful", output, StringComparison.Ordinal);
        Assert.Contains("8: facilities (title: 公共服务设施) (Point)", output, StringComparison.Ordinal);
        Assert.Contains("7: roads (title: 道路) (Line String)", output, StringComparison.Ordinal);
        Assert.Contains("10: service-circles (title: 服务圈（沿路网）)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_ReadsTheServiceCirclesOfAKind()
    {
        var output = Ogrinfo("-ro", "-al", "-so", $"OAPIF:{server.BaseAddress}ogc", "service-circles", "-where", "kind = 'community-health-center'");

        Assert.Contains("Feature Count: 12", output, StringComparison.Ordinal); // 11 centres and their union
        Assert.Contains("reached_network_meters: Integer", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_ReadsEveryFacilityWithItsAttributes()
    {
        var summary = Ogrinfo("-ro", "-so", $"OAPIF:{server.BaseAddress}ogc", "facilities");
        var zones = Ogrinfo("-ro", "-al", "-q", $"OAPIF:{server.BaseAddress}ogc", "zones");

        Assert.Contains("Feature Count: 127", summary, StringComparison.Ordinal);
        Assert.Contains("kind: String", summary, StringComparison.Ordinal);
        Assert.Contains("name (String) = 四新新城总部区", zones, StringComparison.Ordinal);
        Assert.Contains("POLYGON ((114.", zones, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_AttributeFilter_IsSentToTheServerAsAQueryableParameter()
    {
        var (output, debug) = OgrinfoWithLog("-ro", "-al", "-so", $"OAPIF:{server.BaseAddress}ogc", "facilities", "-where", "kind = 'primary-school'");

        Assert.Contains("Feature Count: 18", output, StringComparison.Ordinal);
        Assert.Matches(@"Fetch\(http://127\.0\.0\.1:\d+/ogc/collections/facilities/items\?[^)]*kind=primary-school", debug);
    }

    private static string Ogrinfo(params string[] args) => OgrinfoWithLog(args).Output;

    /// <summary>Runs ogrinfo with CPL_DEBUG on: its standard output, and the log of every URL it fetched.</summary>
    private static (string Output, string Debug) OgrinfoWithLog(params string[] args)
    {
        var start = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["CPL_DEBUG"] = "ON";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ogrinfo (gdal-bin) is not installed: run scripts/test.sh");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "ogrinfo did not finish");
        Assert.True(process.ExitCode == 0, $"ogrinfo failed: {error.Result}");
        return (output.Result, error.Result);
    }
}
