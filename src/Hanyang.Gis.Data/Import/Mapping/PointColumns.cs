using System.Globalization;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// The columns of a table (CSV, XLSX) that hold each row's position, found by <see cref="CoordinateColumns"/>,
/// and the reading of a row's position from them. Every problem names the row and the column.
/// </summary>
internal sealed class PointColumns
{
    private readonly Mode mode;
    private readonly int first;
    private readonly int second;
    private readonly Func<int, string> label;

    private PointColumns(Mode mode, int first, int second, Func<int, string> label)
    {
        (this.mode, this.first, this.second, this.label) = (mode, first, second, label);
    }

    private enum Mode
    {
        Wkt,
        LonLat,
        Location,
    }

    /// <summary>The indexes of the position columns (not attributes).</summary>
    public IReadOnlyList<int> Indexes => mode == Mode.LonLat ? [first, second] : [first];

    /// <summary>Finds the position columns in <paramref name="header"/>; null after recording why there are none.</summary>
    /// <param name="header">The header row's names.</param>
    /// <param name="spec">The names to look for.</param>
    /// <param name="label">Names a column for messages: "column 'lon'" or "column C '经度'".</param>
    /// <param name="context">Where problems go.</param>
    public static PointColumns? Find(IReadOnlyList<string> header, CoordinateColumns spec, Func<int, string> label, ImportContext context)
    {
        var where = spec.Path is null ? string.Empty : $" ({spec.Path})";
        var wkt = Matches(header, spec.Wkt);
        var lon = Matches(header, spec.Longitude);
        var lat = Matches(header, spec.Latitude);
        var location = Matches(header, spec.Location);
        if (wkt.Count > 0)
        {
            return One(wkt, "WKT", where, header, context) is { } w ? new PointColumns(Mode.Wkt, w, -1, label) : null;
        }

        if ((lon.Count == 0 || lat.Count == 0) && location.Count > 0)
        {
            return One(location, "location", where, header, context) is { } l ? new PointColumns(Mode.Location, l, -1, label) : null;
        }

        var lonColumn = One(lon, "longitude", where, header, context, spec.Longitude);
        var latColumn = One(lat, "latitude", where, header, context, spec.Latitude);
        return lonColumn is { } x && latColumn is { } y ? new PointColumns(Mode.LonLat, x, y, label) : null;
    }

    /// <summary>The row's position (SRID not yet meaningful: the CRS is decided later), or null after recording the problem.</summary>
    /// <param name="cell">The row's value in a column: text, a number, or null when empty.</param>
    /// <param name="item">The row, for messages.</param>
    /// <param name="context">Where problems go.</param>
    public Geometry? Read(Func<int, object?> cell, ImportItem item, ImportContext context)
    {
        switch (mode)
        {
            case Mode.Wkt:
                return Wkt(cell(first), item, context);
            case Mode.Location:
                return Location(cell(first), item, context);
            default:
                var x = Number(cell(first), first, "longitude", item, context);
                var y = Number(cell(second), second, "latitude", item, context);
                return x is null || y is null ? null : GeometryFactories.Wgs84.CreatePoint(new Coordinate(x.Value, y.Value));
        }
    }

    private double? Number(object? value, int column, string axis, ImportItem item, ImportContext context)
    {
        switch (value)
        {
            case double d:
                return d;
            case long l:
                return l;
            case null:
            case string { Length: 0 }:
                context.Problem(item, $"{label(column)}: the {axis} is empty");
                return null;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim();
        if (text.Length == 0)
        {
            context.Problem(item, $"{label(column)}: the {axis} is empty");
            return null;
        }

        // NaN and ±Infinity parse on purpose: the geometry guard then reports them as non-finite coordinates.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        context.Problem(item, $"{label(column)}: the {axis} '{value}' is not a number (use a decimal point, e.g. 114.2654)");
        return null;
    }

    private Point? Location(object? value, ImportItem item, ImportContext context)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        var parts = text.Split([',', '，'], StringSplitOptions.TrimEntries);
        if (text.Length == 0)
        {
            context.Problem(item, $"{label(first)}: the location is empty");
            return null;
        }

        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return GeometryFactories.Wgs84.CreatePoint(new Coordinate(x, y));
        }

        context.Problem(item, $"{label(first)}: '{text}' is not a location; expected \"longitude,latitude\" such as 114.2654,30.5502");
        return null;
    }

    private Geometry? Wkt(object? value, ImportItem item, ImportContext context)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            context.Problem(item, $"{label(first)}: the WKT geometry is empty");
            return null;
        }

        try
        {
            return new WKTReader(GeometryFactories.Wgs84.GeometryServices).Read(text);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException)
        {
            var shown = text.Length > 40 ? text[..40] + "…" : text;
            context.Problem(item, $"{label(first)}: '{shown}' is not WKT such as POINT (114.2654 30.5502): {e.Message}");
            return null;
        }
    }

    private static List<int> Matches(IReadOnlyList<string> header, IReadOnlyList<string> names) =>
        Enumerable.Range(0, header.Count).Where(i => names.Contains(header[i], StringComparer.OrdinalIgnoreCase)).ToList();

    private static int? One(List<int> matches, string axis, string where, IReadOnlyList<string> header, ImportContext context, IReadOnlyList<string>? names = null)
    {
        switch (matches.Count)
        {
            case 1:
                return matches[0];
            case 0:
                context.Problem(null, $"has no {axis} column{where}: name it {string.Join(" or ", names ?? [])} (the header has: {string.Join(", ", header)})");
                return null;
            default:
                context.Problem(null, $"has several {axis} columns{where} ({string.Join(", ", matches.Select(i => header[i]))}); keep one");
                return null;
        }
    }
}
