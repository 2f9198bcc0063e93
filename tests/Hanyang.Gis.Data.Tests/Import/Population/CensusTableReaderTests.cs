using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hanyang.Gis.Data.Import.Population;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Tests.Import.Population;

public sealed class CensusTableReaderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-census-" + Guid.NewGuid().ToString("N"));

    public CensusTableReaderTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Read_CsvWithAgeGroupsAndANameColumn_ReadsCodesResidentsAndGroupsInOrder()
    {
        var path = Write("census.csv", "\uFEFF代码,名称,常住人口,0-14,15-59,60+\n420105001001,测试社区,\"6,000\",1000,4000,1000\n420105001002,北岸社区,3000,500,2000,500\n");

        var rows = CensusTableReader.Read(path);

        Assert.Equal(["420105001001", "420105001002"], rows.Select(r => r.Code));
        Assert.Equal([6000, 3000], rows.Select(r => r.Residents));
        Assert.Equal([new AgeGroupCount("0-14", 1000), new AgeGroupCount("15-59", 4000), new AgeGroupCount("60+", 1000)], rows[0].AgeGroups);
        Assert.Equal([2, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public void Read_CsvWithBadRows_NamesEveryRowAndColumn()
    {
        var path = Write("bad.csv", "code,residents,60+\n420105001001,abc,10\n4201050010,100,10\n420105001001,200,-3\n");

        var error = Assert.Throws<PopulationImportException>(() => CensusTableReader.Read(path));

        Assert.Equal(
            [
                "第 2 行 residents 列：应为非负整数（人数），实为 'abc'",
                "第 3 行 code 列：应为 12 位统计用区划代码，实为 '4201050010'",
                "第 4 行 code 列：代码 420105001001 与第 2 行重复",
                "第 4 行 60+ 列：应为非负整数（人数），实为 '-3'",
            ],
            error.Problems);
        Assert.StartsWith("人口导入被拒绝，未写入任何数据：共 4 个问题", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvWithoutAResidentsColumn_SaysWhatToNameIt()
    {
        var path = Write("nohead.csv", "code,people\n420105001001,100\n");

        var error = Assert.Throws<PopulationImportException>(() => CensusTableReader.Read(path));

        Assert.Contains("缺少人口列，应命名为 residents 或 population 或 常住人口 或 人口", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GbkCsv_IsRefusedWithWhatToDo()
    {
        var path = Path.Combine(directory, "gbk.csv");
        File.WriteAllBytes(path, [.. "code,"u8, 0xC8, 0xCB, 0xBF, 0xDA, .. "\n420105001001,100\n"u8]);

        var error = Assert.Throws<PopulationImportException>(() => CensusTableReader.Read(path));

        Assert.Contains("不是 UTF-8 编码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Xlsx_ReadsSharedStringsNumbersAndRowNumbers()
    {
        var path = Path.Combine(directory, "census.xlsx");
        WriteXlsx(path, [["code", "residents", "0-14"], ["420105001001", 6000, 1000], ["420105001002", 3000.0, 500]]);

        var rows = CensusTableReader.Read(path);

        Assert.Equal(["420105001001", "420105001002"], rows.Select(r => r.Code));
        Assert.Equal([6000, 3000], rows.Select(r => r.Residents));
        Assert.Equal([500], rows[1].AgeGroups.Select(g => g.Residents));
        Assert.Equal([2, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public void Read_XlsxWithABadCell_NamesTheSheetRow()
    {
        var path = Path.Combine(directory, "bad.xlsx");
        WriteXlsx(path, [["code", "residents"], ["420105001001", "很多"]]);

        var error = Assert.Throws<PopulationImportException>(() => CensusTableReader.Read(path));

        Assert.Equal(["第 2 行 residents 列：应为非负整数（人数），实为 '很多'"], error.Problems);
    }

    [Fact]
    public void Read_UnsupportedExtension_IsRefused()
    {
        var path = Write("census.ods", "x");

        var error = Assert.Throws<PopulationImportException>(() => CensusTableReader.Read(path));

        Assert.Contains("census.ods：不支持的文件类型 '.ods'", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A workbook as Excel writes it: text in the shared-string table, numbers as numbers.</summary>
    private static void WriteXlsx(string path, object[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var index = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                row.Append(rows[r][c] switch
                {
                    string s => SharedString(strings, s, reference, ref index),
                    var n => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(n, System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "普查" }));
    }

    private static Cell SharedString(SharedStringTablePart strings, string text, string reference, ref int index)
    {
        strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { CellReference = reference, CellValue = new CellValue(index++.ToString(System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.SharedString };
    }
}
