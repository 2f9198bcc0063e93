using System.Globalization;
using Hanyang.Gis.Analysis.Coverage;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hanyang.Gis.Reports.Pdf;

/// <summary>The report's pages.</summary>
public static partial class CoveragePdf
{
    private static void SummaryPage(PdfDocument document, CoverageReport report)
    {
        var c = report.Coverage;
        using var g = NewPage(document, report, report.Title);
        var ink = new XSolidBrush(Ink);
        var y = Margin + 44;
        g.DrawString($"分析：{report.Analysis}，{c.FacilityCount} 处现状设施，沿路网计算", Font(11), ink, new XPoint(Margin, y));
        y += 36;
        g.DrawString("区人口覆盖率", Font(11), new XSolidBrush(Muted), new XPoint(Margin, y));
        g.DrawString(Percent(c.District.Rate), Font(34, bold: true), new XSolidBrush(Covered), new XPoint(Margin, y + 40));
        g.DrawString($"{Count(c.District.CoveredPopulation)} / {Count(c.District.Population)} 人；{c.District.CoveredCommunities} / {c.District.Communities} 个社区", Font(11), ink, new XPoint(Margin + 150, y + 26));
        g.DrawString(string.Create(CultureInfo.InvariantCulture, $"直线距离口径 {Percent(c.District.StraightLineRate)}（半径 {c.StraightLineRadiusMeters:0} 米），仅供对比"), Font(10), new XSolidBrush(Muted), new XPoint(Margin + 150, y + 42));
        y += 80;
        if (c.StandardMeters is { } standard)
        {
            g.DrawString(string.Create(CultureInfo.InvariantCulture, $"GB 50180-2018 服务半径 {standard:0} 米"), Font(10), ink, new XPoint(Margin, y));
            y += 18;
        }

        g.DrawString($"未覆盖社区 {c.Uncovered.Count()} 个，共 {Count(c.Uncovered.Sum(u => (long)u.Community.Population))} 人（名单见后页）", Font(10), ink, new XPoint(Margin, y));
        y += 30;
        y = AreaTable(g, "功能分区", c.Zones.Prepend(c.District).ToList(), y);
        y += 20;
        if (report.Note is { } note)
        {
            g.DrawString(note, Font(10), ink, new XPoint(Margin, y));
            y += 20;
        }

        g.DrawString("说明", Font(11, bold: true), ink, new XPoint(Margin, y));
        y += 16;
        foreach (var line in report.DataNotes.SelectMany(l => Wrap(g, l, Font(9), g.PageSize.Width - (2 * Margin))))
        {
            g.DrawString(line, Font(9), new XSolidBrush(Muted), new XPoint(Margin, y));
            y += 13;
        }
    }

    private static double AreaTable(XGraphics g, string heading, IReadOnlyList<AreaCoverage> rows, double y)
    {
        var columns = new[] { (heading, 0.0), ("社区", 200), ("人口", 260), ("覆盖人口", 330), ("覆盖率", 410), ("直线口径", 460) };
        Row(g, y, columns.Select(c => (c.Item1, c.Item2)).ToArray(), bold: true);
        y += 16;
        foreach (var a in rows)
        {
            Row(g, y, [(a.Name, 0), ($"{a.CoveredCommunities}/{a.Communities}", 200), (Count(a.Population), 260), (Count(a.CoveredPopulation), 330), (Percent(a.Rate), 410), (Percent(a.StraightLineRate), 460)]);
            y += 15;
        }

        return y;
    }

    private static void Row(XGraphics g, double y, (string Text, double X)[] cells, bool bold = false)
    {
        foreach (var (text, x) in cells)
        {
            g.DrawString(text, Font(9, bold), new XSolidBrush(Ink), new XPoint(Margin + x, y));
        }
    }

    private static void MapPage(PdfDocument document, CoverageReport report, byte[] png)
    {
        using var g = NewPage(document, report, "覆盖分析图");
        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        var width = g.PageSize.Width - (2 * Margin);
        var height = width * image.PixelHeight / image.PixelWidth;
        g.DrawImage(image, Margin, Margin + 30, width, height);
        g.DrawString("绿色：已覆盖社区；红色：未覆盖社区；蓝色：服务圈（沿路网可达范围）。", Font(9), new XSolidBrush(Muted), new XPoint(Margin, Margin + 46 + height));
    }

    private static void StreetChartPage(PdfDocument document, CoverageReport report)
    {
        var streets = report.Coverage.Streets.OrderByDescending(s => s.Rate).ToList();
        using var g = NewPage(document, report, "各街道人口覆盖率");
        var top = Margin + 40;
        var labelWidth = 110.0;
        var barMax = g.PageSize.Width - (2 * Margin) - labelWidth - 120;
        var rowHeight = Math.Min(28, (g.PageSize.Height - top - 120) / Math.Max(1, streets.Count));
        var axis = new XPen(Muted, 0.5);
        for (var tick = 0; tick <= 4; tick++)
        {
            var x = Margin + labelWidth + (barMax * tick / 4);
            g.DrawLine(axis, x, top - 4, x, top + (rowHeight * streets.Count));
            g.DrawString(Percent(tick / 4.0), Font(8), new XSolidBrush(Muted), new XPoint(x - 10, top - 8));
        }

        for (var i = 0; i < streets.Count; i++)
        {
            var s = streets[i];
            var y = top + (i * rowHeight);
            g.DrawString(s.Name, Font(10), new XSolidBrush(Ink), new XPoint(Margin, y + (rowHeight * 0.65)));
            g.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xee, 0xee, 0xee)), Margin + labelWidth, y + 4, barMax, rowHeight - 8);
            g.DrawRectangle(new XSolidBrush(s.Rate >= 0.5 ? Covered : Uncovered), Margin + labelWidth, y + 4, barMax * s.Rate, rowHeight - 8);
            g.DrawString($"{Percent(s.Rate)}（{Count(s.CoveredPopulation)} / {Count(s.Population)} 人）", Font(9), new XSolidBrush(Ink), new XPoint(Margin + labelWidth + barMax + 6, y + (rowHeight * 0.65)));
        }

        g.DrawString("按人口加权；覆盖率不足 50% 的街道标红。", Font(9), new XSolidBrush(Muted), new XPoint(Margin, top + (rowHeight * streets.Count) + 24));
    }

    private static void UncoveredPages(PdfDocument document, CoverageReport report)
    {
        var rows = report.Coverage.Uncovered.OrderByDescending(r => r.Community.Population).ToList();
        var streets = report.Coverage.Streets.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var pages = TablePages(rows.Count);
        for (var p = 0; p < pages; p++)
        {
            using var g = NewPage(document, report, pages == 1 ? "未覆盖社区" : $"未覆盖社区（{p + 1}/{pages}）");
            var y = Margin + 40;
            Row(g, y, [("编码", 0), ("社区", 80), ("街道", 190), ("人口", 280), ("最近设施", 330), ("用时", 450)], bold: true);
            if (rows.Count == 0)
            {
                g.DrawString("所有社区均在覆盖范围内。", Font(10), new XSolidBrush(Ink), new XPoint(Margin, y + 20));
            }

            foreach (var r in rows.Skip(p * RowsPerPage).Take(RowsPerPage))
            {
                y += 18;
                Row(g, y,
                [
                    (r.Community.Code.Value, 0), (r.Community.Name, 80), (streets.GetValueOrDefault(r.Community.Street.Value, r.Community.Street.Value), 190), (Count(r.Community.Population), 280),
                    (r.Nearest?.Name ?? "无可达设施", 330), (double.IsFinite(r.NearestMinutes) ? string.Create(CultureInfo.InvariantCulture, $"{r.NearestMinutes:0.0} 分钟") : "—", 450),
                ]);
            }
        }
    }

    private static void SitesPages(PdfDocument document, CoverageReport report)
    {
        if (report.Sites.Count == 0)
        {
            return;
        }

        var pages = TablePages(report.Sites.Count);
        for (var p = 0; p < pages; p++)
        {
            using var g = NewPage(document, report, $"新选址（共 {report.Sites.Count} 处，新增覆盖 {Count(report.Sites.Sum(s => s.GainPopulation))} 人）");
            var y = Margin + 40;
            Row(g, y, [("编号", 0), ("名称", 90), ("类型", 260), ("覆盖人口", 350), ("新增覆盖人口", 430)], bold: true);
            foreach (var s in report.Sites.Skip(p * RowsPerPage).Take(RowsPerPage))
            {
                y += 18;
                Row(g, y, [(s.Id, 0), (s.Name, 90), (s.Kind, 260), (Count(s.CoveredPopulation), 350), (Count(s.GainPopulation), 430)]);
            }
        }
    }

    private static IEnumerable<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (g.MeasureString(text[start..end], font).Width > width)
            {
                yield return text[start..(end - 1)];
                start = end - 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
