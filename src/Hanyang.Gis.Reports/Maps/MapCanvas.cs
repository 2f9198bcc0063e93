using Hanyang.Gis.Reports.Fonts;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>Drawing primitives in the web map's manner: geometries as paths, point symbols, haloed labels that do not overlap.</summary>
internal sealed class MapCanvas : IDisposable
{
    private readonly List<SKRect> placedLabels = [];
    private readonly SKTypeface typeface;

    public MapCanvas(SKCanvas canvas, MapViewport viewport, float unit)
    {
        Canvas = canvas;
        Viewport = viewport;
        Unit = unit;
        using var data = SKData.CreateCopy(CjkFont.Default.TrueType.Span);
        typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"the font {CjkFont.Default.Path} could not be read");
    }

    public SKCanvas Canvas { get; }

    public MapViewport Viewport { get; }

    /// <summary>One "CSS pixel" of the web map in image pixels (images larger than 1000 px scale their strokes and text).</summary>
    public float Unit { get; }

    public SKFont Font(float size, bool bold = false) => new(typeface, size * Unit) { Embolden = bold, Subpixel = true, Edging = SKFontEdging.Antialias };

    public SKPath Path(Geometry geometry)
    {
        using var builder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        Add(builder, geometry);
        return builder.Detach();
    }

    public void Fill(Geometry geometry, SKColor color)
    {
        using var path = Path(geometry);
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
        Canvas.DrawPath(path, paint);
    }

    public void Stroke(Geometry geometry, SKColor color, float width, float[]? dash = null, SKStrokeCap cap = SKStrokeCap.Round)
    {
        using var path = Path(geometry);
        Stroke(path, color, width, dash, cap);
    }

    public void Stroke(SKPath path, SKColor color, float width, float[]? dash = null, SKStrokeCap cap = SKStrokeCap.Round)
    {
        using var effect = dash is null ? null : SKPathEffect.CreateDash(dash.Select(d => d * Unit).ToArray(), 0);
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width * Unit, StrokeCap = cap, StrokeJoin = SKStrokeJoin.Round, IsAntialias = true, PathEffect = effect };
        Canvas.DrawPath(path, paint);
    }

    /// <summary>A point symbol of radius <paramref name="radius"/> (web-map pixels) at <paramref name="at"/>.</summary>
    public void Symbol(SKPoint at, SymbolShape shape, float radius, SKColor fill, SKColor outline, float outlineWidth)
    {
        using var path = SymbolPath(at, shape, radius * Unit);
        using var fillPaint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var strokePaint = new SKPaint { Color = outline, Style = SKPaintStyle.Stroke, StrokeWidth = outlineWidth * Unit, IsAntialias = true };
        Canvas.DrawPath(path, fillPaint);
        Canvas.DrawPath(path, strokePaint);
    }

    /// <summary>
    /// A label with a halo, centred on <paramref name="at"/>; skipped when it would overlap one already placed
    /// (like the web map's decluttering) unless <paramref name="force"/>. Returns whether it was drawn.
    /// </summary>
    public bool Label(string text, SKPoint at, float size, SKColor color, bool bold = false, SKColor? halo = null, bool force = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        using var font = Font(size, bold);
        var width = font.MeasureText(text);
        var box = new SKRect(at.X - (width / 2) - (2 * Unit), at.Y - (size * Unit * 0.8f), at.X + (width / 2) + (2 * Unit), at.Y + (size * Unit * 0.3f));
        if (!force && (placedLabels.Any(p => p.IntersectsWith(box)) || !Viewport.Frame.Contains(box)))
        {
            return false;
        }

        placedLabels.Add(box);
        Text(text, at, font, color, halo ?? new SKColor(255, 255, 255, 235), SKTextAlign.Center);
        return true;
    }

    /// <summary>Draws text with a halo at a baseline point.</summary>
    public void Text(string text, SKPoint baseline, SKFont font, SKColor color, SKColor? halo = null, SKTextAlign align = SKTextAlign.Left)
    {
        if (halo is { } h)
        {
            using var haloPaint = new SKPaint { Color = h, Style = SKPaintStyle.Stroke, StrokeWidth = 3 * Unit, StrokeJoin = SKStrokeJoin.Round, IsAntialias = true };
            Canvas.DrawText(text, baseline.X, baseline.Y, align, font, haloPaint);
        }

        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
        Canvas.DrawText(text, baseline.X, baseline.Y, align, font, paint);
    }

    public void Dispose() => typeface.Dispose();

    /// <summary>The outline of a symbol (web map: styles.ts SHAPES; RegularShape points start at the top).</summary>
    /// <summary>A path through <paramref name="points"/>.</summary>
    public static SKPath Polyline(bool close, params SKPoint[] points)
    {
        using var builder = new SKPathBuilder();
        builder.AddPoly(points, close);
        return builder.Detach();
    }

    public static SKPath SymbolPath(SKPoint c, SymbolShape shape, float r)
    {
        using var builder = new SKPathBuilder();
        if (shape == SymbolShape.Circle)
        {
            builder.AddCircle(c.X, c.Y, r, SKPathDirection.Clockwise);
            return builder.Detach();
        }

        var (points, factor, inner, angle) = shape switch
        {
            SymbolShape.Square => (4, 1.25f, (float?)null, Math.PI / 4),
            SymbolShape.Triangle => (3, 1.35f, null, 0),
            SymbolShape.Diamond => (4, 1.35f, null, 0),
            SymbolShape.Star => (5, 1.5f, 0.65f, 0),
            SymbolShape.Cross => (4, 1.45f, 0.5f, Math.PI / 4),
            SymbolShape.Pentagon => (5, 1.2f, null, 0),
            _ => (6, 1.2f, null, 0.0),
        };
        var outer = r * factor;
        var count = inner is null ? points : points * 2;
        var corners = new SKPoint[count];
        for (var i = 0; i < count; i++)
        {
            var radius = inner is { } f && i % 2 == 1 ? outer * f : outer;
            var a = (-Math.PI / 2) + angle + (i * 2 * Math.PI / count);
            corners[i] = new SKPoint(c.X + (float)(radius * Math.Cos(a)), c.Y + (float)(radius * Math.Sin(a)));
        }

        builder.AddPoly(corners, close: true);
        return builder.Detach();
    }

    private void Add(SKPathBuilder path, Geometry geometry)
    {
        switch (geometry)
        {
            case Polygon polygon:
                Ring(path, polygon.ExteriorRing.Coordinates, close: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    Ring(path, hole.Coordinates, close: true);
                }

                break;
            case LineString line:
                Ring(path, line.Coordinates, close: false);
                break;
            case GeometryCollection collection:
                foreach (var part in collection.Geometries)
                {
                    Add(path, part);
                }

                break;
        }
    }

    private void Ring(SKPathBuilder path, Coordinate[] coordinates, bool close)
    {
        if (coordinates.Length > 1)
        {
            path.AddPoly(coordinates.Select(Viewport.ToPixel).ToArray(), close);
        }
    }
}
