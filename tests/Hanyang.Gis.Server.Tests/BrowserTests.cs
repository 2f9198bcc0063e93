using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Server.Tests;

/// <summary>
/// The web map in a real browser: Debian's Chromium, headless, against the real server (installed by
/// scripts/test.sh). The page's #status element reports what it loaded and computed.
/// </summary>
public sealed partial class BrowserTests(RunningServer server) : IClassFixture<RunningServer>
{
    [Fact]
    public void Map_OnOpening_LoadsEveryLayerWithItsFeatures()
    {
        var dom = Chromium("--dump-dom", server.BaseAddress.ToString());

        Assert.Contains("<html lang=\"zh-CN\">", dom, StringComparison.Ordinal);
        Assert.Matches("<div id=\"status\"[^>]*data-loaded-layers=\"9\" data-failed-layers=\"0\"[^>]*>已加载 9 个图层（[0-9,]+ 个要素）</div>", dom);
        Assert.Contains("data-count-communities=\"118\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-count-facilities=\"127\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-layer=\"facilities:primary-school\" data-feature-count=\"18\"", dom, StringComparison.Ordinal);
        Assert.Contains("OpenStreetMap contributors (ODbL)", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_WithAnAnalysisLink_ShowsTheCoverageTheAnalysisComputes()
    {
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!);
        var expected = new CoverageAnalyzer(plan, PlanNetworkBuilder.Build(plan.Roads)).Compute(new CoverageRequest(FacilityKind.PrimarySchool, TravelProfiles.Walking(), 10));
        var rate = (expected.District.Rate * 100).ToString("0.0", CultureInfo.InvariantCulture);

        var dom = Chromium("--dump-dom", new Uri(server.BaseAddress, "#kind=primary-school&mode=walk&minutes=10").ToString());

        Assert.Contains($"覆盖分析完成：小学 步行 10 分钟，覆盖率 {rate}%", dom, StringComparison.Ordinal);
        Assert.Contains($"未覆盖社区（{expected.Uncovered.Count()} 个，", dom, StringComparison.Ordinal);
        Assert.Equal(11 + 4, BarRows().Count(dom)); // one bar per street and per zone
    }

    [Fact]
    public void Map_Screenshot_RendersAPicture()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hanyang-map-{Guid.NewGuid():N}.png");
        try
        {
            Chromium("--window-size=1400,900", $"--screenshot={file}", new Uri(server.BaseAddress, "#kind=community-health-center&mode=walk&minutes=15").ToString());

            Assert.True(File.Exists(file), "no screenshot was written");
            Assert.True(new FileInfo(file).Length > 50_000, "the screenshot is suspiciously small (blank page?)");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Chromium(params string[] args)
    {
        var profile = Path.Combine(Path.GetTempPath(), "hanyang-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--virtual-time-budget=20000" })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium is not installed: run scripts/test.sh");
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in 2 minutes");
            }

            return output.Result;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    [GeneratedRegex("class=\"bar-row\"")]
    private static partial Regex BarRows();
}
