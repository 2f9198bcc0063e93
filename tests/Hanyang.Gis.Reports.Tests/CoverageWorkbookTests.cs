using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Hanyang.Gis.Reports.Workbooks;

namespace Hanyang.Gis.Reports.Tests;

public sealed class CoverageWorkbookTests(HanyangCoverage hanyang) : IClassFixture<HanyangCoverage>
{
    private MemoryStream Workbook(byte[]? png = null)
    {
        var stream = new MemoryStream();
        CoverageWorkbook.Write(new CoverageReport("汉阳区 小学 步行 10 分钟覆盖分析", hanyang.Coverage, "walk", png, DateTimeOffset.UnixEpoch), stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Write_SummarySheet_HoldsTheAnalyzerNumbersAsNumbers()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = Rows(document, CoverageWorkbook.SummarySheet);
        var c = hanyang.Coverage;
        var expected = new[] { c.District }.Concat(c.Streets).Concat(c.Zones).ToList();

        Assert.Equal(["类别", "编码", "名称", "社区数", "已覆盖社区", "人口", "覆盖人口", "覆盖率", "直线覆盖人口", "直线覆盖率"], rows[0]);
        Assert.Equal(expected.Count + 1, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = rows[i + 1];
            Assert.Equal(expected[i].Name, row[2]);
            Assert.Equal(expected[i].Population, long.Parse(row[5], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].CoveredPopulation, long.Parse(row[6], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].Rate, double.Parse(row[7], CultureInfo.InvariantCulture), 12);
        }
    }

    [Fact]
    public void Write_RatesUsePercentFormatAndCountsThousands()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = Sheet(document, CoverageWorkbook.SummarySheet);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        string FormatOf(string reference)
        {
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            var xf = (CellFormat)formats.CellFormats!.ElementAt((int)cell.StyleIndex!.Value);
            var id = xf.NumberFormatId!.Value;
            return id == 3 ? "#,##0" : formats.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!;
        }

        Assert.Equal("0.0%", FormatOf("H2"));
        Assert.Equal("#,##0", FormatOf("F2"));
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, sheet.Descendants<Cell>().Single(c => c.CellReference == "H2").DataType!.Value);
    }

    [Fact]
    public void Write_CommunitySheets_OneRowEachWithFilterAndFrozenHeader()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);

        var communities = Rows(document, CoverageWorkbook.CommunitiesSheet);
        Assert.Equal(hanyang.Coverage.Communities.Count + 1, communities.Count);
        Assert.Equal(hanyang.Coverage.Communities.Select(c => c.Community.Code.Value).Order(StringComparer.Ordinal), communities.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Equal(hanyang.Coverage.Communities.Count(c => c.Covered), communities.Count(r => r[4] == "是"));
        var uncovered = Rows(document, CoverageWorkbook.UncoveredSheet);
        Assert.Equal(hanyang.Coverage.Uncovered.Select(c => c.Community.Code.Value).Order(StringComparer.Ordinal), uncovered.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));

        var sheet = Sheet(document, CoverageWorkbook.CommunitiesSheet);
        Assert.Equal($"A1:L{communities.Count}", sheet.Elements<AutoFilter>().Single().Reference!.Value);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
    }

    [Fact]
    public void Write_ChartSheet_IsANativeBarChartOverTheSummaryCells()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var summary = Rows(document, CoverageWorkbook.SummarySheet);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == CoverageWorkbook.ChartSheet);
        var chart = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).DrawingsPart!.ChartParts.Single().ChartSpace;
        var series = chart.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().ToList();
        var streets = hanyang.Coverage.Streets;

        Assert.Equal(DocumentFormat.OpenXml.Drawing.Charts.BarDirectionValues.Bar, chart.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarDirection>().Single().Val!.Value);
        Assert.Equal(2, series.Count);
        var last = 2 + streets.Count;
        Assert.Equal($"'汇总'!$C$3:$C${last}", series[0].GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Formula>().Single().Text);
        Assert.Equal($"'汇总'!$H$3:$H${last}", series[0].GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.Values>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Formula>().Single().Text);
        Assert.Equal($"'汇总'!$J$3:$J${last}", series[1].GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.Values>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Formula>().Single().Text);
        // The referenced cells are the streets' names and rates, and the cached values equal them.
        for (var i = 0; i < streets.Count; i++)
        {
            Assert.Equal(streets[i].Name, summary[2 + i][2]);
            Assert.Equal(streets[i].Rate, double.Parse(summary[2 + i][7], CultureInfo.InvariantCulture), 12);
        }

        var cached = series[0].GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.Values>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericPoint>().Select(p => double.Parse(p.NumericValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(streets.Select(s => s.Rate), cached);
        Assert.Equal(streets.Select(s => s.Name), series[0].GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.StringPoint>().Select(p => p.NumericValue!.Text));
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Write_WithMap_EmbedsThePictureAndIsValidOpenXml()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        using var stream = Workbook(png);
        using var document = SpreadsheetDocument.Open(stream, false);

        Assert.Equal([CoverageWorkbook.SummarySheet, CoverageWorkbook.ChartSheet, CoverageWorkbook.CommunitiesSheet, CoverageWorkbook.UncoveredSheet, CoverageWorkbook.MapSheet, CoverageWorkbook.NotesSheet],
            document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        var map = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == CoverageWorkbook.MapSheet).Id!);
        Assert.Equal(png, ReadAll(map.DrawingsPart!.ImageParts.Single().GetStream()));
        Assert.Contains(Rows(document, CoverageWorkbook.NotesSheet), r => r[0].Contains("示意", StringComparison.Ordinal));
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static List<string[]> Rows(SpreadsheetDocument document, string name) =>
        Sheet(document, name).Descendants<Row>().Select(r =>
        {
            var cells = new List<string>();
            foreach (var cell in r.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text);
            }

            return cells.ToArray();
        }).ToList();

    private static int ColumnIndex(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) - 1;
}
