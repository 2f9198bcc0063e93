using System.Globalization;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// One feature or CSV row of an imported file, numbered as a planner counts them: the first feature is
/// feature 1, and CSV row 1 is the first data row after the header.
/// </summary>
/// <param name="Kind">Feature or CSV row.</param>
/// <param name="Number">The 1-based number.</param>
/// <param name="Line">For CSV rows, the 1-based line of the file the row starts on (the header is line 1).</param>
/// <param name="Label">An identifier the file itself gives the item (a GeoPackage fid, a GeoJSON id), when there is one.</param>
public readonly record struct ImportItem(ImportItemKind Kind, int Number, int? Line = null, string? Label = null)
{
    /// <summary>A feature, counted from 1.</summary>
    public static ImportItem Feature(int number, string? label = null) => new(ImportItemKind.Feature, number, null, label);

    /// <summary>A CSV data row, counted from 1 after the header, starting on file line <paramref name="line"/>.</summary>
    public static ImportItem Row(int number, int line) => new(ImportItemKind.Row, number, line);

    /// <summary>A spreadsheet row, numbered as the spreadsheet shows it (the header is row 1).</summary>
    public static ImportItem SheetRow(int number) => new(ImportItemKind.SheetRow, number);

    /// <summary>"feature 3", "feature 3 (fid 17)", "row 3 (line 4)" or, in a spreadsheet, "row 4".</summary>
    public override string ToString() => Kind switch
    {
        ImportItemKind.SheetRow => string.Create(CultureInfo.InvariantCulture, $"row {Number}"),
        ImportItemKind.Row => string.Create(CultureInfo.InvariantCulture, $"row {Number} (line {Line})"),
        _ when Label is not null => string.Create(CultureInfo.InvariantCulture, $"feature {Number} ({Label})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"feature {Number}"),
    };
}
