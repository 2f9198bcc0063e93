using System.Diagnostics;
using System.Globalization;
using Hanyang.Gis.Reports.Pdf;
using Hanyang.Gis.Reports.Siting;

namespace Hanyang.Gis.Reports.Tests;

/// <summary>The PDF is read back by poppler (pdfinfo, pdftotext), a reader that shares no code with the writer.</summary>
public sealed class CoveragePdfTests(HanyangCoverage hanyang) : IClassFixture<HanyangCoverage>, IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "hanyang-report-" + Guid.NewGuid().ToString("N") + ".pdf");

    public void Dispose() => File.Delete(file);

    [Fact]
    public void Write_PagesAreSummaryMapChartAndTheUncoveredTable()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var report = new CoverageReport("汉阳区 小学 步行 10 分钟覆盖分析", hanyang.Coverage, "walk", png, DateTimeOffset.UnixEpoch);
        Write(report);

        var uncovered = hanyang.Coverage.Uncovered.Count();
        var expected = 3 + ((uncovered + CoveragePdf.RowsPerPage - 1) / CoveragePdf.RowsPerPage);
        Assert.True(uncovered > CoveragePdf.RowsPerPage, "the fixture should need more than one table page");
        Assert.Equal(expected, CoveragePdf.PageCount(report));
        Assert.Equal(expected, Pages());
        var text = Poppler("pdftotext", "-layout", file, "-");
        Assert.Contains(hanyang.Coverage.District.Rate.ToString("P1", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("各街道人口覆盖率", text, StringComparison.Ordinal);
        var largest = hanyang.Coverage.Uncovered.MaxBy(c => c.Community.Population)!.Community;
        Assert.Contains(largest.Name, text, StringComparison.Ordinal);
        Assert.Contains("示意", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithSites_AddsTheSitesPageAndTheirGain()
    {
        var site = new ChosenSite("site-1", "四新北路地块", "primary-school", 12_000, 4_321, Spatial.GeometryFactories.Internal.CreatePoint(new NetTopologySuite.Geometries.Coordinate(520000, 3377000)));
        var report = new CoverageReport("汉阳区 小学 步行 10 分钟覆盖分析", hanyang.Coverage, "walk", null, DateTimeOffset.UnixEpoch) { Sites = [site] };
        Write(report);

        Assert.Equal(CoveragePdf.PageCount(report), Pages());
        var text = Poppler("pdftotext", "-layout", file, "-");
        Assert.Contains("四新北路地块", text, StringComparison.Ordinal);
        Assert.Contains("4,321", text, StringComparison.Ordinal);
    }

    private int Pages() =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(Poppler("pdfinfo", file), @"^Pages:\s+(\d+)$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    private void Write(CoverageReport report)
    {
        using var stream = File.Create(file);
        CoveragePdf.Write(report, stream);
    }

    private static string Poppler(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} (Debian poppler-utils) could not start; scripts/test.sh installs it");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
