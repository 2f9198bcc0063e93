using System.Globalization;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Infers a CSV column's type from its non-empty cells: the first of whole number, number and true/false
/// that fits every cell; else the one that fits more than half of them — the other cells are then type
/// mismatches to report (a typo in a numeric column) — else text.
/// </summary>
internal static class ColumnTypes
{
    public static ColumnType Infer(IEnumerable<string> cells)
    {
        var (total, integers, numbers, booleans) = (0, 0, 0, 0);
        foreach (var cell in cells.Where(c => c.Length > 0))
        {
            total++;
            integers += TryInteger(cell, out _) ? 1 : 0;
            numbers += TryNumber(cell, out _) ? 1 : 0;
            booleans += TryBoolean(cell, out _) ? 1 : 0;
        }

        if (total == 0)
        {
            return ColumnType.Text;
        }

        if (numbers * 2 > total)
        {
            return integers == numbers ? ColumnType.Integer : ColumnType.Number;
        }

        return booleans * 2 > total ? ColumnType.Boolean : ColumnType.Text;
    }

    /// <summary>The cell as a value of <paramref name="type"/>; false when it does not fit (a mismatch). Empty cells are null.</summary>
    public static bool TryConvert(string cell, ColumnType type, out object? value)
    {
        value = null;
        if (cell.Length == 0)
        {
            return true;
        }

        switch (type)
        {
            case ColumnType.Integer when TryInteger(cell, out var whole):
                value = whole;
                return true;
            case ColumnType.Number when TryNumber(cell, out var number):
                value = number;
                return true;
            case ColumnType.Boolean when TryBoolean(cell, out var flag):
                value = flag;
                return true;
            case ColumnType.Text:
                value = cell;
                return true;
            default:
                return false;
        }
    }

    /// <summary>"a whole number", "a number", "true or false", "text".</summary>
    public static string Describe(ColumnType type) => type switch
    {
        ColumnType.Integer => "a whole number",
        ColumnType.Number => "a number",
        ColumnType.Boolean => "true or false",
        _ => "text",
    };

    /// <summary>Parses a finite number in invariant notation ("114.2654", "-1e3").</summary>
    public static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool TryInteger(string cell, out long value) =>
        long.TryParse(cell.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value);

    private static bool TryBoolean(string cell, out bool value) => bool.TryParse(cell.Trim(), out value);
}
