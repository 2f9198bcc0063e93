using System.Globalization;
using System.Text;
using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>
/// A district's divisions as a planning office keeps them: one row per community (社区) with
/// <c>code</c> (12 digits), <c>name</c>, <c>street_code</c> (12 digits), <c>street_name</c>, <c>population</c>,
/// <c>lon</c>, <c>lat</c> and optionally <c>households</c> and <c>accuracy</c> (official, reference,
/// approximate — the default — or synthetic). UTF-8, comma-, semicolon- or tab-separated, a header row first.
/// Every problem is reported by row and column; the table is refused when there is any.
/// </summary>
public sealed class DivisionsTable
{
    /// <summary>The columns every table must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["code", "name", "street_code", "street_name", "population", "lon", "lat"];

    private static readonly string[] Accuracies = ["official", "reference", "approximate", "synthetic"];

    private DivisionsTable(IReadOnlyList<Row> rows, IReadOnlyList<(string Code, string Name)> streets)
    {
        Rows = rows;
        Streets = streets;
    }

    /// <summary>One community.</summary>
    /// <param name="Number">Its 1-based data row (the header is row 0).</param>
    /// <param name="Code">Its 12-digit code.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="StreetCode">Its street's 12-digit code.</param>
    /// <param name="Population">Residents.</param>
    /// <param name="Households">Households, when the table gives them.</param>
    /// <param name="Accuracy">How far its position and figures can be trusted (the table's word, else approximate).</param>
    /// <param name="Location">Its position in EPSG:4547.</param>
    public sealed record Row(int Number, string Code, string Name, string StreetCode, int Population, int? Households, string Accuracy, Point Location);

    /// <summary>The communities, in the table's order.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>The streets, in order of first appearance.</summary>
    public IReadOnlyList<(string Code, string Name)> Streets { get; }

    /// <summary>Reads and checks the table; positions are read in <paramref name="crs"/> and must lie inside <paramref name="district"/> (EPSG:4547).</summary>
    /// <exception cref="FormatException">Any problem; the message lists them all (at most 20).</exception>
    public static DivisionsTable Read(string path, SourceCrs crs, Geometry district)
    {
        ArgumentNullException.ThrowIfNull(crs);
        ArgumentNullException.ThrowIfNull(district);
        var file = Path.GetFileName(path);
        using var text = new StreamReader(path, new UTF8Encoding(false));
        var (reader, header) = OpenTable(text, file);
        var table = new TableReading(file, header, crs, district);
        var number = 0;
        while (reader.Next() is { } record)
        {
            number++;
            table.ReadRow(record, number);
        }

        if (number == 0)
        {
            table.Problems.Add($"{file}: the table has a header but no rows; a district needs at least one community");
        }

        return table.Problems.Count == 0 ? new DivisionsTable(table.Rows, table.Streets) : throw new FormatException(Refusal(file, table.Problems));
    }

    /// <summary>The record reader past the header, and the header's column names in lower case; a header lacking a required column is refused.</summary>
    private static (CsvRecordReader Reader, List<string> Header) OpenTable(StreamReader text, string file)
    {
        var firstLine = text.ReadLine() ?? string.Empty;
        var reader = new CsvRecordReader(new StringReader(firstLine + "\n" + text.ReadToEnd()), CsvRecordReader.DetectDelimiter(firstLine));
        var header = reader.Next()?.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList() ?? [];
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new FormatException($"{file}: the header lacks {string.Join(", ", missing)}; the columns are {string.Join(", ", RequiredColumns)} (and optionally households, accuracy)");
        }

        return (reader, header);
    }

    /// <summary>The message refusing the table: the count, then at most 20 problems.</summary>
    private static string Refusal(string file, List<string> problems) =>
        $"{file}: {problems.Count} problem(s){Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems.Take(20))}{(problems.Count > 20 ? $"{Environment.NewLine}  … and {problems.Count - 20} more" : string.Empty)}";

    /// <summary>Checks the codes: both 12 digits, the community's not used by an earlier row.</summary>
    private static void CheckCodes(string code, string streetCode, HashSet<string> codes, Action<string, string> problem)
    {
        foreach (var (column, value) in new[] { ("code", code), ("street_code", streetCode) })
        {
            if (value.Length != 12 || !value.All(char.IsAsciiDigit))
            {
                problem(column, $"'{value}' is not a 12-digit division code (a 9-digit street code is written with 000 appended)");
            }
        }

        if (code.Length > 0 && !codes.Add(code))
        {
            problem("code", $"'{code}' is used by an earlier row too");
        }
    }

    /// <summary>Checks the street's name: given, and the same as in earlier rows of the street; a new street is added to <paramref name="streets"/>.</summary>
    private static void CheckStreet(string streetCode, string streetName, List<(string Code, string Name)> streets, Action<string, string> problem)
    {
        if (streetName.Length == 0)
        {
            problem("street_name", "missing; every row names its street (街道)");
        }
        else if (streets.FirstOrDefault(s => s.Code == streetCode) is { Code: not null } known && known.Name != streetName)
        {
            problem("street_name", $"'{streetName}' differs from '{known.Name}' given for street {streetCode} in an earlier row");
        }
        else if (streetCode.Length > 0 && streets.All(s => s.Code != streetCode))
        {
            streets.Add((streetCode, streetName));
        }
    }

    private static int? Whole(string cell, bool required, string column, Action<string, string> problem)
    {
        if (cell.Length == 0)
        {
            if (required)
            {
                problem(column, "missing; give a whole number ≥ 0");
            }

            return null;
        }

        if (int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        problem(column, $"'{cell}' is not a whole number ≥ 0");
        return null;
    }

    private static Point? Position(string lonCell, string latCell, SourceCrs crs, Geometry district, Action<string, string> problem)
    {
        var lonOk = double.TryParse(lonCell, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && double.IsFinite(lon);
        var latOk = double.TryParse(latCell, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && double.IsFinite(lat);
        if (!lonOk || !latOk)
        {
            problem(lonOk ? "lat" : "lon", $"'{(lonOk ? latCell : lonCell)}' is not a number (use a decimal point, e.g. 114.2654)");
            return null;
        }

        if (Srid.IsGeographic(crs.Srid) && (lon is < -180 or > 180 || lat is < -90 or > 90))
        {
            problem("lon", string.Create(CultureInfo.InvariantCulture, $"({lon}, {lat}) is not a longitude/latitude in {crs}; are lon and lat swapped?"));
            return null;
        }

        var (x, y) = crs.ConvertPosition(lon, lat, Srid.Internal);
        var point = GeometryFactories.Internal.CreatePoint(new Coordinate(x, y));
        if (!district.Covers(point))
        {
            problem("lon", string.Create(CultureInfo.InvariantCulture, $"({lon}, {lat}) in {crs} lies outside the district boundary ({point.Distance(district):0} m away)"));
            return null;
        }

        return point;
    }

    /// <summary>The state of one <see cref="Read"/>: the problems found so far, and the communities and streets read.</summary>
    private sealed class TableReading(string file, List<string> header, SourceCrs crs, Geometry district)
    {
        private readonly HashSet<string> codes = new(StringComparer.Ordinal);

        public List<string> Problems { get; } = [];

        public List<Row> Rows { get; } = [];

        public List<(string Code, string Name)> Streets { get; } = [];

        /// <summary>Checks one data row, recording its problems by row and column; a row with a code, a population and a position is kept.</summary>
        public void ReadRow((IReadOnlyList<string> Fields, int Line) record, int number)
        {
            var where = $"{file} row {number} (line {record.Line})";
            string Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < record.Fields.Count ? record.Fields[i].Trim() : string.Empty;
            void Problem(string column, string what) => Problems.Add($"{where}: column '{column}': {what}");

            var code = Cell("code");
            var streetCode = Cell("street_code");
            CheckCodes(code, streetCode, codes, Problem);
            var name = Cell("name");
            var streetName = Cell("street_name");
            if (name.Length == 0)
            {
                Problem("name", "missing; every community needs its name");
            }

            CheckStreet(streetCode, streetName, Streets, Problem);
            var population = Whole(Cell("population"), required: true, "population", Problem);
            var households = Whole(Cell("households"), required: false, "households", Problem);
            var accuracy = Cell("accuracy") is { Length: > 0 } given ? given : "approximate";
            if (!Accuracies.Contains(accuracy))
            {
                Problem("accuracy", $"'{accuracy}' is not one of: {string.Join(", ", Accuracies)}");
            }

            var location = Position(Cell("lon"), Cell("lat"), crs, district, Problem);
            if (population is { } p && location is not null && code.Length > 0)
            {
                Rows.Add(new Row(number, code, name, streetCode, p, households, accuracy, location));
            }
        }
    }
}
