using System.Globalization;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Spatial.Tiles;

/// <summary>
/// A tile of the Web Mercator tile matrix (EPSG:3857, "XYZ" / Google scheme: y = 0 at the north edge),
/// as vector tiles are addressed: /{z}/{x}/{y}.mvt. Tiles are encoded with an extent of
/// <see cref="Extent"/> units and a buffer of <see cref="Buffer"/> units, as PostGIS's ST_AsMVTGeom defaults.
/// </summary>
/// <param name="Zoom">Zoom level, 0–<see cref="MaxZoom"/>.</param>
/// <param name="X">Column, 0 … 2^zoom − 1 from the west.</param>
/// <param name="Y">Row, 0 … 2^zoom − 1 from the north.</param>
public readonly record struct TileCoordinate(int Zoom, int X, int Y)
{
    /// <summary>The deepest zoom served (≈ 2 cm per tile unit at the equator).</summary>
    public const int MaxZoom = 24;

    /// <summary>Tile units across one tile (the MVT extent).</summary>
    public const int Extent = 4096;

    /// <summary>Tile units kept beyond each edge so that strokes do not end at tile borders.</summary>
    public const int Buffer = 64;

    /// <summary>Half the width of the Web Mercator world in metres (π × 6 378 137).</summary>
    public const double HalfWorldMeters = 20037508.342789244;

    /// <summary>Width (= height) of the tile in Web Mercator metres.</summary>
    public double WidthMeters => 2 * HalfWorldMeters / (1L << Zoom);

    /// <summary>The tile's square in Web Mercator metres.</summary>
    public Envelope WebMercatorBounds
    {
        get
        {
            var minX = -HalfWorldMeters + (X * WidthMeters);
            var maxY = HalfWorldMeters - (Y * WidthMeters);
            return new Envelope(minX, minX + WidthMeters, maxY - WidthMeters, maxY);
        }
    }

    /// <summary>The tile's square grown by <see cref="Buffer"/> units on every side, in Web Mercator metres.</summary>
    public Envelope BufferedWebMercatorBounds
    {
        get
        {
            var bounds = WebMercatorBounds;
            bounds.ExpandBy(WidthMeters * Buffer / Extent);
            return bounds;
        }
    }

    /// <summary>
    /// The simplification tolerance in ground metres (EPSG:4547 units): half a display pixel of a 256-pixel
    /// tile, scaled from Mercator to ground by cos(latitude) at the tile's centre. Detail finer than that
    /// cannot be seen at this zoom, so low-zoom tiles stay small.
    /// </summary>
    public double SimplifyToleranceMeters
    {
        get
        {
            var bounds = WebMercatorBounds;
            var latitude = Math.Atan(Math.Sinh(bounds.Centre.Y / 6378137.0));
            return WidthMeters / 512 * Math.Cos(latitude);
        }
    }

    /// <summary>
    /// Parses a tile address as it appears in a URL, naming the parameter that is wrong: z must be
    /// 0–<see cref="MaxZoom"/>, x and y whole numbers 0 … 2^z − 1.
    /// </summary>
    public static bool TryParse(string? z, string? x, string? y, out TileCoordinate tile, out string problem)
    {
        tile = default;
        if (!int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) || zoom > MaxZoom)
        {
            problem = $"z '{z}' is not a zoom level: use a whole number 0–{MaxZoom}";
            return false;
        }

        var size = 1L << zoom;
        if (!long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var column) || column >= size)
        {
            problem = $"x '{x}' is not a tile column at zoom {zoom}: use a whole number 0–{size - 1}";
            return false;
        }

        if (!long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row >= size)
        {
            problem = $"y '{y}' is not a tile row at zoom {zoom}: use a whole number 0–{size - 1}";
            return false;
        }

        tile = new TileCoordinate(zoom, (int)column, (int)row);
        problem = string.Empty;
        return true;
    }

    /// <summary>"z/x/y".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Zoom}/{X}/{Y}");
}
