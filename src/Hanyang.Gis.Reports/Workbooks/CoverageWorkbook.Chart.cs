using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Hanyang.Gis.Reports.Workbooks;

/// <summary>
/// The 图表 sheet: a native Excel bar chart (DrawingML) of each street's network and straight-line coverage.
/// Its series are formulas over the 汇总 sheet's cells, so a planner who edits or re-sorts the numbers sees
/// the chart follow; the cached values let viewers that do not recalculate draw it as written.
/// </summary>
public static partial class CoverageWorkbook
{
    /// <summary>The coverage chart.</summary>
    public const string ChartSheet = "图表";

    /// <summary>Adds the chart sheet; <paramref name="streets"/> stand on the summary sheet in this order from row <paramref name="firstRow"/>.</summary>
    private static void AddChartSheet(WorkbookPart workbookPart, string title, IReadOnlyList<Analysis.Coverage.AreaCoverage> streets, int firstRow)
    {
        var part = AddSheet(workbookPart, ChartSheet, new SheetData(new Row(TextCell(0, 1, title, Style.Title)) { RowIndex = 1 }));
        var drawings = part.AddNewPart<DrawingsPart>();
        var chart = drawings.AddNewPart<ChartPart>();
        var lastRow = firstRow + streets.Count - 1;
        string Range(string column) => $"'{SummarySheet}'!${column}${firstRow}:${column}${lastRow}";
        var names = streets.Select(s => s.Name).ToArray();

        C.BarChartSeries Series(uint index, string column, string header, string colour, double[] values) => new(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.StringReference(new C.Formula($"'{SummarySheet}'!${column}$1"), StringCache([header]))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(new C.Formula(Range("C")), StringCache(names))),
            new C.Values(new C.NumberReference(new C.Formula(Range(column)), NumberCache(values))));

        chart.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.RunProperties { Language = "zh-CN", FontSize = 1400, Bold = true }, new A.Text(title))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(
                    new C.Layout(),
                    new C.BarChart(
                        new C.BarDirection { Val = C.BarDirectionValues.Bar },
                        new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                        new C.VaryColors { Val = false },
                        Series(0, "H", "覆盖率", "1F78B4", [.. streets.Select(s => s.Rate)]),
                        Series(1, "J", "直线覆盖率", "9E9E9E", [.. streets.Select(s => s.StraightLineRate)]),
                        new C.GapWidth { Val = 50 },
                        new C.AxisId { Val = 1 },
                        new C.AxisId { Val = 2 }),
                    new C.CategoryAxis(
                        new C.AxisId { Val = 1 },
                        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                        new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Left },
                        new C.MajorTickMark { Val = C.TickMarkValues.None },
                        new C.MinorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                        new C.CrossingAxis { Val = 2 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero },
                        new C.AutoLabeled { Val = true },
                        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                        new C.LabelOffset { Val = 100 }),
                    new C.ValueAxis(
                        new C.AxisId { Val = 2 },
                        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = 1 }, new C.MinAxisValue { Val = 0 }),
                        new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Top },
                        new C.MajorGridlines(),
                        new C.NumberingFormat { FormatCode = "0%", SourceLinked = false },
                        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                        new C.MinorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                        new C.CrossingAxis { Val = 1 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero },
                        new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                        new C.MajorUnit { Val = 0.25 })),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));

        // From B3 to N(4 + 2 rows per street): tall enough for every street's label.
        var bottom = 4 + (2 * streets.Count);
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId("1"), new Xdr.ColumnOffset("0"), new Xdr.RowId("2"), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId("13"), new Xdr.ColumnOffset("0"), new Xdr.RowId(bottom.ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = 2, Name = "各街道覆盖率" }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chart) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = string.Empty },
            new Xdr.ClientData()));
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawings) });
    }

    private static C.StringCache StringCache(string[] values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Length });
        for (var i = 0; i < values.Length; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(values[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(double[] values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("0.0%"), new C.PointCount { Val = (uint)values.Length });
        for (var i = 0; i < values.Length; i++)
        {
            cache.Append(new C.NumericPoint(new C.NumericValue(values[i].ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return cache;
    }
}
