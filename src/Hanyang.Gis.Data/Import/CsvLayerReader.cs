using System.Globalization;
using System.Text;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Reads a CSV file of points: a header row, then one point per row with its longitude and latitude in
/// columns found by name (lon/lat, lng/lat, longitude/latitude or 经度/纬度, any case; or as a mapping's
/// <c>geometry</c> names them, which may also be a "lng,lat" location column or a WKT column). The other columns become
/// attributes whose type is inferred per column (<see cref="ColumnTypes"/>). CSV declares no CRS, so the
/// import needs --crs. Rows are counted from 1 at the first data row after the header. The text is decoded
/// as a .cpg beside the file says, else as UTF-8 when it is valid UTF-8 (or has a byte-order mark), else as
/// GB18030 (GBK), which Excel on a Chinese Windows writes.
/// </summary>
internal static class CsvLayerReader
{
    public static RawLayer Read(ImportContext context)
    {
        if (context.TooLarge(context.Path))
        {
            return RawLayer.Unreadable;
        }

        var cpg = ShapefileLayerReader.Sibling(context.Path, ".cpg");
        var encoding = cpg is null ? Mapping.TextEncodingDetector.ForText(context.Path) : ShapefileLayerReader.ReadCpg(cpg, context);
        if (encoding is null)
        {
            return RawLayer.Unreadable;
        }

        using var text = new StreamReader(context.Path, encoding, detectEncodingFromByteOrderMarks: true);
        var firstLine = text.ReadLine();
        if (firstLine is null || firstLine.Trim().Length == 0)
        {
            context.Problem(null, "is empty: a CSV import needs a header row (with lon and lat columns) and at least one data row");
            return RawLayer.Unreadable;
        }

        var delimiter = CsvRecordReader.DetectDelimiter(firstLine);
        var header = new CsvRecordReader(new StringReader(firstLine), delimiter).Next()!.Value.Fields.Select(h => h.Trim()).ToArray();
        var records = new CsvRecordReader(text, delimiter);
        if (FindPointColumns(header, context) is not { } points)
        {
            return RawLayer.Unreadable;
        }

        var rows = new List<(IReadOnlyList<string> Cells, ImportItem Item)>();
        while (records.Next() is { } record)
        {
            var item = ImportItem.Row(rows.Count + 1, record.Line + 1);
            if (context.TooManyFeatures(rows.Count + 1))
            {
                return RawLayer.Unreadable;
            }

            rows.Add((record.Fields, item));
        }

        if (rows.Count == 0)
        {
            context.Problem(null, "has a header but no data rows");
            return RawLayer.Unreadable;
        }

        var attributeColumns = Enumerable.Range(0, header.Length).Where(i => !points.Indexes.Contains(i)).ToArray();
        var types = attributeColumns.ToDictionary(
            i => i,
            i => context.Options.IsTextAttribute(header[i]) ? ColumnType.Text : ColumnTypes.Infer(rows.Where(r => r.Cells.Count == header.Length).Select(r => r.Cells[i])));
        var features = new List<RawFeature>(rows.Count);
        foreach (var (cells, item) in rows)
        {
            features.Add(ReadRow(cells, item, header, points, attributeColumns, types, context));
            context.FeatureRead(features.Count);
        }

        context.Finished(features.Count);
        return new RawLayer(null, null, "a CSV file has no coordinate system of its own", features);
    }

    private static RawFeature ReadRow(
        IReadOnlyList<string> cells, ImportItem item, string[] header, Mapping.PointColumns points,
        int[] attributeColumns, Dictionary<int, ColumnType> types, ImportContext context)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (cells.Count != header.Length)
        {
            context.Problem(item, string.Create(CultureInfo.InvariantCulture, $"has {cells.Count} cells but the header has {header.Length} columns (is a comma inside a text not quoted?)"));
            return new RawFeature(item, null, attributes);
        }

        var ok = true;
        foreach (var i in attributeColumns)
        {
            if (ColumnTypes.TryConvert(cells[i], types[i], out var value))
            {
                attributes[header[i]] = value;
            }
            else
            {
                context.Problem(item, $"column '{header[i]}': expected {ColumnTypes.Describe(types[i])} like most rows of the column, found '{cells[i]}'");
                ok = false;
            }
        }

        var point = points.Read(i => cells[i], item, context);
        return new RawFeature(item, ok ? point : null, attributes);
    }

    private static Mapping.PointColumns? FindPointColumns(string[] header, ImportContext context)
    {
        var duplicates = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            context.Problem(null, $"the header names these columns more than once: {string.Join(", ", duplicates)}");
        }

        var spec = context.Options.Mapping?.Coordinates ?? Mapping.CoordinateColumns.Default;
        var points = Mapping.PointColumns.Find(header, spec, i => $"column '{header[i]}'", context);
        return duplicates.Count == 0 ? points : null;
    }
}
