using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// Reads an Excel workbook (.xlsx, Office Open XML, with DocumentFormat.OpenXml): the first sheet, or the one
/// <c>--sheet</c> or the mapping names. The first non-empty row is the header; every later row that is not
/// empty is a point, its position in the columns <see cref="CoordinateColumns"/> names. Numbers stay numbers
/// (whole ones whole) and text stays text, as the cells are typed — but a column kept as text (an id, one a
/// value map reads) turns numbers into their digits; a formula gives the value Excel saved with it. Rows are
/// numbered as Excel shows them and columns named with their letter. The rows are streamed, so a large
/// sheet is not held twice in memory.
/// </summary>
internal static class XlsxLayerReader
{
    public static RawLayer Read(ImportContext context)
    {
        if (context.TooLarge(context.Path))
        {
            return RawLayer.Unreadable;
        }

        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = context.Limits.MaxFileBytes * 8 };
            using var document = SpreadsheetDocument.Open(context.Path, false, settings);
            return Read(document, context);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or FormatException)
        {
            context.Problem(null, $"cannot be read as an Excel workbook (.xlsx): {e.Message}; save it from Excel or WPS as .xlsx (an old .xls must be saved again as .xlsx)");
            return RawLayer.Unreadable;
        }
    }

    private static RawLayer Read(SpreadsheetDocument document, ImportContext context)
    {
        if (FindSheet(document, context) is not { } part)
        {
            return RawLayer.Unreadable;
        }

        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Text).ToArray() ?? [];
        string[]? header = null;
        Dictionary<int, string>? letters = null;
        PointColumns? points = null;
        var features = new List<RawFeature>();
        using var reader = OpenXmlReader.Create(part);
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = Cells(row, strings);
            if (cells.Values.All(v => v is null))
            {
                continue;
            }

            if (header is null)
            {
                (header, letters) = Header(cells);
                points = FindPoints(header, letters, context);
                if (points is null)
                {
                    return RawLayer.Unreadable;
                }

                continue;
            }

            if (context.TooManyFeatures(features.Count + 1))
            {
                return RawLayer.Unreadable;
            }

            features.Add(ReadRow(cells, ImportItem.SheetRow(rowNumber), header, points!, context));
            context.FeatureRead(features.Count);
        }

        if (header is null || features.Count == 0)
        {
            context.Problem(null, header is null
                ? "the sheet is empty: it needs a header row (with longitude and latitude columns) and at least one row of data"
                : "has a header but no rows of data");
            return RawLayer.Unreadable;
        }

        context.Finished(features.Count);
        var byName = Enumerable.Range(0, header.Length).Where(i => header[i].Length > 0).ToDictionary(i => header[i], i => letters![i], StringComparer.Ordinal);
        return new RawLayer(null, null, "an Excel workbook has no coordinate system of its own", features, byName);
    }

    private static RawFeature ReadRow(Dictionary<int, object?> cells, ImportItem item, string[] header, PointColumns points, ImportContext context)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0 || points.Indexes.Contains(i))
            {
                continue;
            }

            var value = cells.GetValueOrDefault(i);
            attributes[header[i]] = value is long or double && context.Options.IsTextAttribute(header[i])
                ? Convert.ToString(value, CultureInfo.InvariantCulture)
                : value;
        }

        return new RawFeature(item, points.Read(i => cells.GetValueOrDefault(i), item, context), attributes);
    }

    private static PointColumns? FindPoints(string[] header, Dictionary<int, string> letters, ImportContext context)
    {
        var duplicates = header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            context.Problem(null, $"the header row names these columns more than once: {string.Join(", ", duplicates)}");
        }

        var spec = context.Options.Mapping?.Coordinates ?? CoordinateColumns.Default;
        var points = PointColumns.Find(header, spec, i => $"column {letters[i]} '{header[i]}'", context);
        return duplicates.Count == 0 ? points : null;
    }

    private static (string[] Names, Dictionary<int, string> Letters) Header(Dictionary<int, object?> cells)
    {
        var width = cells.Keys.Max() + 1;
        var names = Enumerable.Range(0, width).Select(i => Convert.ToString(cells.GetValueOrDefault(i), CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray();
        var letters = Enumerable.Range(0, width).ToDictionary(i => i, Letter);
        return (names, letters);
    }

    private static WorksheetPart? FindSheet(SpreadsheetDocument document, ImportContext context)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (workbook is null)
        {
            context.Problem(null, "cannot be read as an Excel workbook (.xlsx): the package holds no workbook; save it from Excel or WPS as .xlsx");
            return null;
        }

        if (sheets.Count == 0)
        {
            context.Problem(null, "has no sheet");
            return null;
        }

        var wanted = context.Options.Sheet ?? context.Options.Mapping?.Sheet;
        var sheet = wanted is null
            ? sheets[0]
            : sheets.FirstOrDefault(s => s.Name?.Value == wanted) ?? sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
        if (sheet is null)
        {
            context.Problem(null, $"has no sheet '{wanted}'; its sheets are: {string.Join(", ", sheets.Select(s => s.Name?.Value))}");
            return null;
        }

        return sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part ? part : null;
    }

    /// <summary>The row's non-empty cells by 0-based column: text, a whole number (long), a number (double), true/false; null when empty.</summary>
    private static Dictionary<int, object?> Cells(Row row, string[] strings)
    {
        var cells = new Dictionary<int, object?>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = column + 1;
            cells[column] = Value(cell, strings);
        }

        return cells;
    }

    private static object? Value(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return Blank(cell.InlineString is { } inline ? Text(inline) : raw);
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? Blank(strings[index]) : null;
        }

        if (type == CellValues.Boolean)
        {
            return raw.Trim() is "1" or "true";
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return Blank(raw);
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Blank(raw);
        }

        return number == Math.Floor(number) && Math.Abs(number) < 9_007_199_254_740_992 ? (object)(long)number : number;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Text(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>"C7" → 2; "AA1" → 26.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>0 → "A", 26 → "AA".</summary>
    private static string Letter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
