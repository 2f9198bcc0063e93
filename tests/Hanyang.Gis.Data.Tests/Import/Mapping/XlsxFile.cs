using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hanyang.Gis.Data.Tests.Import.Mapping;

/// <summary>
/// Writes small .xlsx workbooks with DocumentFormat.OpenXml the way Excel does: text as shared strings,
/// numbers untyped, formulas with their saved value. A row is a list of cells: null (no cell), a string,
/// a number, a bool, or a <see cref="Formula"/>.
/// </summary>
public static class XlsxFile
{
    /// <summary>A formula cell and the value Excel saved with it.</summary>
    public sealed record Formula(string Text, double SavedValue);

    /// <summary>Writes <paramref name="sheets"/> (name, rows from row 1; a null row is left empty) to <paramref name="path"/>.</summary>
    public static string Write(string path, params (string Name, object?[]?[] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        uint sheetId = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                if (rows[r] is not { } cells)
                {
                    continue;
                }

                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is { } value)
                    {
                        row.Append(Cell(value, $"{(char)('A' + c)}{r + 1}", strings.SharedStringTable, index));
                    }
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }

        workbook.Workbook.Save();
        return path;
    }

    private static Cell Cell(object value, string reference, SharedStringTable strings, Dictionary<string, int> index) => value switch
    {
        string text => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Shared(text, strings, index)) },
        bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
        Formula f => new Cell { CellReference = reference, CellFormula = new CellFormula(f.Text), CellValue = new CellValue(f.SavedValue) },
        _ => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) },
    };

    private static int Shared(string text, SharedStringTable strings, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(text, out var i))
        {
            i = index.Count;
            index[text] = i;
            strings.Append(new SharedStringItem(new Text(text)));
        }

        return i;
    }
}
