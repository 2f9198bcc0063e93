using System.Globalization;
using System.Text;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>
/// Reads a census table (CSV in UTF-8, or the first worksheet of an .xlsx): a header row, then one row per street or
/// community. Columns: <c>code</c> (or 代码, 区划代码), <c>residents</c> (or population, 常住人口, 人口), and optionally one
/// column per age group, recognised by a header that starts with a digit (0-14, 15-59, 60+, 65岁及以上); any other column
/// (a name, a note) is ignored. Every problem is collected, each naming its row and column, and the table is refused
/// as a whole if there is any.
/// </summary>
public static class CensusTableReader
{
    /// <summary>Header names of the code column.</summary>
    public static readonly IReadOnlyList<string> CodeColumns = ["code", "代码", "区划代码"];

    /// <summary>Header names of the residents column.</summary>
    public static readonly IReadOnlyList<string> ResidentsColumns = ["residents", "population", "常住人口", "人口"];

    /// <summary>Reads <paramref name="path"/> (.csv or .xlsx).</summary>
    /// <exception cref="PopulationImportException">The file is unreadable or a row is wrong; every problem is listed.</exception>
    public static IReadOnlyList<CensusRow> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var rows = extension switch
        {
            ".csv" or ".txt" => ReadCsv(path, name),
            ".xlsx" => XlsxSheetReader.ReadFirstSheet(path, name),
            _ => throw new PopulationImportException(name, [$"：不支持的文件类型 '{extension}'，人口表应为 .csv（UTF-8）或 .xlsx"]),
        };
        return Parse(name, rows);
    }

    /// <summary>Turns raw rows (the header first) into census rows.</summary>
    internal static IReadOnlyList<CensusRow> Parse(string file, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        var problems = new List<string>();
        if (rows.Count == 0)
        {
            throw new PopulationImportException(file, ["：文件为空，应有表头行（code, residents）和至少一行数据"]);
        }

        var header = rows[0].Cells.Select(c => c.Trim()).ToArray();
        var code = Column(header, CodeColumns, "代码", problems);
        var residents = Column(header, ResidentsColumns, "人口", problems);
        var ageColumns = Enumerable.Range(0, header.Length).Where(i => header[i].Length > 0 && char.IsAsciiDigit(header[i][0])).ToArray();
        if (problems.Count > 0)
        {
            throw new PopulationImportException(file, problems);
        }

        if (rows.Count == 1)
        {
            throw new PopulationImportException(file, ["：只有表头，没有数据行"]);
        }

        var result = new List<CensusRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows.Skip(1))
        {
            string Cell(int i) => i < cells.Count ? cells[i].Trim() : string.Empty;
            var codeText = Cell(code);
            if (!IsDivisionCode(codeText))
            {
                problems.Add($"第 {row} 行 {header[code]} 列：应为 12 位统计用区划代码，实为 '{codeText}'");
            }
            else if (seen.TryGetValue(codeText, out var first))
            {
                problems.Add($"第 {row} 行 {header[code]} 列：代码 {codeText} 与第 {first} 行重复");
            }
            else
            {
                seen[codeText] = row;
            }

            var count = Count(Cell(residents), row, header[residents], problems);
            var groups = ageColumns.Select(i => new AgeGroupCount(header[i], Count(Cell(i), row, header[i], problems) ?? 0)).ToArray();
            if (count is { } n)
            {
                result.Add(new CensusRow(row, codeText, n, groups));
            }
        }

        if (problems.Count > 0)
        {
            throw new PopulationImportException(file, problems);
        }

        return result;
    }

    private static bool IsDivisionCode(string text) => text.Length == 12 && text.All(char.IsAsciiDigit);

    private static int? Count(string text, int row, string column, List<string> problems)
    {
        var cleaned = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        // A worksheet may store a whole number as 4000.0.
        if (double.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d <= int.MaxValue)
        {
            return (int)d;
        }

        problems.Add($"第 {row} 行 {column} 列：应为非负整数（人数），实为 '{text}'");
        return null;
    }

    private static int Column(string[] header, IReadOnlyList<string> names, string what, List<string> problems)
    {
        var matches = Enumerable.Range(0, header.Length).Where(i => names.Contains(header[i], StringComparer.OrdinalIgnoreCase)).ToArray();
        if (matches.Length == 1)
        {
            return matches[0];
        }

        problems.Add(matches.Length == 0
            ? $"第 1 行（表头）：缺少{what}列，应命名为 {string.Join(" 或 ", names)}（表头为：{string.Join(", ", header)}）"
            : $"第 1 行（表头）：{what}列有多个（{string.Join(", ", matches.Select(i => header[i]))}），只保留一个");
        return -1;
    }

    private static List<(int Row, IReadOnlyList<string> Cells)> ReadCsv(string path, string file)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new PopulationImportException(file, ["：不是 UTF-8 编码（可能是 GBK），请在表格软件中另存为“CSV UTF-8”"]);
        }

        var firstLine = text.Split('\n', 2)[0];
        var reader = new CsvRecordReader(new StringReader(text), CsvRecordReader.DetectDelimiter(firstLine));
        var rows = new List<(int, IReadOnlyList<string>)>();
        while (reader.Next() is { } record)
        {
            rows.Add((record.Line, record.Fields));
        }

        return rows;
    }
}
