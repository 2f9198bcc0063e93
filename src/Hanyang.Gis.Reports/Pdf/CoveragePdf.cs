using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hanyang.Gis.Reports.Pdf;

/// <summary>
/// Writes a coverage report as an A4 PDF: a summary page (district and zones), the coverage map, a bar
/// chart of coverage by street, the uncovered communities (<see cref="RowsPerPage"/> a page, as many pages
/// as needed), the chosen sites when a siting run is given, and the data notes.
/// </summary>
public static partial class CoveragePdf
{
    /// <summary>Table rows on one page of the uncovered-communities and sites tables.</summary>
    public const int RowsPerPage = 36;

    private const double Margin = 50;
    private static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    private static readonly XColor Covered = XColor.FromArgb(0x1a, 0x96, 0x41);
    private static readonly XColor Uncovered = XColor.FromArgb(0xd7, 0x19, 0x1c);
    private static readonly XColor Muted = XColor.FromArgb(0x66, 0x66, 0x66);

    /// <summary>How many pages <paramref name="report"/> takes.</summary>
    public static int PageCount(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return 2 + (report.MapPng is null ? 0 : 1) + TablePages(report.Coverage.Uncovered.Count()) + (report.Sites.Count == 0 ? 0 : TablePages(report.Sites.Count));
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>.</summary>
    public static void Write(CoverageReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        CjkFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Creator = "Hanyang.Gis";
        SummaryPage(document, report);
        if (report.MapPng is { } png)
        {
            MapPage(document, report, png);
        }

        StreetChartPage(document, report);
        UncoveredPages(document, report);
        SitesPages(document, report);
        document.Save(stream, closeStream: false);
    }

    private static int TablePages(int rows) => Math.Max(1, (rows + RowsPerPage - 1) / RowsPerPage);

    private static XGraphics NewPage(PdfDocument document, CoverageReport report, string heading)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var g = XGraphics.FromPdfPage(page);
        g.DrawString(heading, Font(16, bold: true), new XSolidBrush(Ink), new XPoint(Margin, Margin + 8));
        g.DrawLine(new XPen(Muted, 0.6), Margin, Margin + 16, page.Width.Point - Margin, Margin + 16);
        var footer = string.Create(CultureInfo.InvariantCulture, $"{report.Title} · {report.GeneratedAt:yyyy-MM-dd} · 第 {document.PageCount} 页");
        g.DrawString(footer, Font(8), new XSolidBrush(Muted), new XPoint(Margin, page.Height.Point - 30));
        return g;
    }

    private static XFont Font(double size, bool bold = false) => new(CjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private static string Percent(double rate) => rate.ToString("P1", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
