using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>The cells of the first worksheet of an .xlsx as text, row by row (with the row numbers the planner sees), by the Open XML SDK.</summary>
internal static class XlsxSheetReader
{
    public static List<(int Row, IReadOnlyList<string> Cells)> ReadFirstSheet(string path, string file)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no worksheet");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<(int, IReadOnlyList<string>)>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(Text(cell, shared));
                }

                if (cells.Any(c => c.Length > 0))
                {
                    rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
                }
            }

            return rows;
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException or IOException)
        {
            throw new PopulationImportException(file, [$"：无法作为 .xlsx 工作簿读取（{e.Message}）"]);
        }
    }

    private static string Text(Cell cell, string[] shared)
    {
        var value = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index >= 0 && index < shared.Length)
        {
            return shared[index];
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : value;
    }

    /// <summary>"C7" → 2 (zero-based).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return index - 1;
    }
}
