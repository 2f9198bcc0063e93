using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Hanyang.Gis.Reports.Workbooks;

/// <summary>Sheets, cells, styles and the embedded picture.</summary>
public static partial class CoverageWorkbook
{
    /// <summary>Style indices into the stylesheet's cellXfs.</summary>
    private enum Style : uint
    {
        Default = 0,
        Header = 1,
        Integer = 2,
        Percent = 3,
        Decimal = 4,
        Title = 5,
    }

    /// <summary>What a column holds, and so its number format.</summary>
    private enum Kind
    {
        Text,
        Integer,
        Percent,
        Decimal,
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" }) { Count = 2 },
        new DocumentFormat.OpenXml.Spreadsheet.Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Microsoft YaHei" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Microsoft YaHei" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Microsoft YaHei" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F1" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, ApplyFont = true }) { Count = 6 });

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, string name, SheetData data, params OpenXmlElement[] before)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        foreach (var element in before)
        {
            worksheet.Append(element);
        }

        worksheet.Append(data);
        part.Worksheet = worksheet;
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
        return part;
    }

    private static void AddTable(WorkbookPart workbookPart, string name, (string Header, Kind Kind)[] columns, IEnumerable<object?[]> rows)
    {
        var data = new SheetData();
        data.Append(new Row(columns.Select((c, i) => TextCell(i, 1, c.Header, Style.Header))) { RowIndex = 1 });
        var count = 0u;
        foreach (var values in rows)
        {
            var rowIndex = ++count + 1;
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < columns.Length; i++)
            {
                if (values[i] is { } value)
                {
                    row.Append(value is string s ? TextCell(i, rowIndex, s, Style.Default) : NumberCell(i, rowIndex, Convert.ToDouble(value, CultureInfo.InvariantCulture), columns[i].Kind));
                }
            }

            data.Append(row);
        }

        var view = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        var widths = new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Max(10, c.Header.Length * 2.4), CustomWidth = true }));
        var part = AddSheet(workbookPart, name, data, view, widths);
        part.Worksheet.Append(new AutoFilter { Reference = $"A1:{Column(columns.Length - 1)}{count + 1}" });
    }

    private static void AddNotes(WorkbookPart workbookPart, CoverageReport report)
    {
        var c = report.Coverage;
        var lines = new List<string>
        {
            report.Title,
            $"分析：{report.Analysis}（{c.FacilityCount} 处现状设施；出行方式 {c.Request.Profile.Name}）",
            string.Create(CultureInfo.InvariantCulture, $"区覆盖率：{c.District.Rate:P1}（{c.District.CoveredPopulation:N0} / {c.District.Population:N0} 人）；直线距离口径：{c.District.StraightLineRate:P1}（半径 {c.StraightLineRadiusMeters:0} 米）"),
            c.StandardMeters is { } s ? string.Create(CultureInfo.InvariantCulture, $"GB 50180-2018 服务半径：{s:0} 米") : "GB 50180-2018 未给出此类设施的服务半径",
            $"生成时间：{report.GeneratedAt:yyyy-MM-dd HH:mm zzz}",
        };
        if (report.Note is { } note)
        {
            lines.Add(note);
        }

        lines.Add(string.Empty);
        lines.AddRange(report.DataNotes);
        var data = new SheetData(lines.Select((text, i) => new Row(TextCell(0, (uint)i + 1, text, i == 0 ? Style.Title : Style.Default)) { RowIndex = (uint)i + 1 }));
        AddSheet(workbookPart, NotesSheet, data, new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true }));
    }

    /// <summary>A sheet with the map picture anchored at B2, at its pixel size (96 dpi: 9525 EMU per pixel).</summary>
    private static void AddImageSheet(WorkbookPart workbookPart, string name, byte[] png, string title)
    {
        var part = AddSheet(workbookPart, name, new SheetData(new Row(TextCell(0, 1, title, Style.Title)) { RowIndex = 1 }));
        var drawings = part.AddNewPart<DrawingsPart>();
        var image = drawings.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            image.FeedData(stream);
        }

        var (width, height) = PngSize(png);
        const long EmuPerPixel = 9525;
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.OneCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId("1"), new Xdr.ColumnOffset("0"), new Xdr.RowId("1"), new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = width * EmuPerPixel, Cy = height * EmuPerPixel },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(new Xdr.NonVisualDrawingProperties { Id = 2, Name = "覆盖分析图" }, new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width * EmuPerPixel, Cy = height * EmuPerPixel }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData()));
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawings) });
    }

    private static (long Width, long Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));

    private static Cell TextCell(int column, uint row, string text, Style style) =>
        new(new InlineString(new Text(text))) { CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture), DataType = CellValues.InlineString, StyleIndex = (uint)style };

    private static Cell NumberCell(int column, uint row, double value, Kind kind) =>
        new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture)))
        {
            CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.Number,
            StyleIndex = (uint)(kind switch { Kind.Percent => Style.Percent, Kind.Decimal => Style.Decimal, Kind.Integer => Style.Integer, _ => Style.Default }),
        };

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
