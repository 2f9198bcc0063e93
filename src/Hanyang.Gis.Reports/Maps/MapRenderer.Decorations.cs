using System.Globalization;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>Map furniture: frame, title, north arrow, scale bar, legend and footer.</summary>
public static partial class MapRenderer
{
    private static readonly int[] NiceSteps = [5, 2, 1];
    private static readonly SKColor Ink = SKColor.Parse("#222222");

    private static void DrawFrame(MapCanvas map)
    {
        using var paint = new SKPaint { Color = Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f * map.Unit, IsAntialias = true };
        map.Canvas.DrawRect(map.Viewport.Frame, paint);
    }

    private static void DrawTitle(MapRequest request, MapCanvas map)
    {
        var left = map.Viewport.Frame.Left;
        using var title = map.Font(22, bold: true);
        map.Text(request.Title, new SKPoint(left, 31 * map.Unit), title, Ink);
        if (request.Subtitle is { } subtitle)
        {
            using var font = map.Font(14);
            map.Text(subtitle, new SKPoint(left, 56 * map.Unit), font, SKColor.Parse("#444444"));
        }
    }

    private static void DrawNorthArrow(MapCanvas map)
    {
        var u = map.Unit;
        var top = new SKPoint(map.Viewport.Frame.Right - (34 * u), map.Viewport.Frame.Top + (14 * u));
        using var backdrop = new SKPaint { Color = new SKColor(255, 255, 255, 210), IsAntialias = true };
        map.Canvas.DrawRoundRect(new SKRect(top.X - (18 * u), top.Y - (6 * u), top.X + (18 * u), top.Y + (62 * u)), 4 * u, 4 * u, backdrop);
        using var left = MapCanvas.Polyline(true, top, new SKPoint(top.X - (10 * u), top.Y + (36 * u)), new SKPoint(top.X, top.Y + (28 * u)));
        using var right = MapCanvas.Polyline(true, top, new SKPoint(top.X + (10 * u), top.Y + (36 * u)), new SKPoint(top.X, top.Y + (28 * u)));
        using var dark = new SKPaint { Color = Ink, IsAntialias = true };
        using var light = new SKPaint { Color = SKColors.White, IsAntialias = true };
        map.Canvas.DrawPath(left, dark);
        map.Canvas.DrawPath(right, light);
        map.Stroke(right, Ink, 1);
        using var font = map.Font(13, bold: true);
        map.Text("北", new SKPoint(top.X, top.Y + (54 * u)), font, Ink, align: SKTextAlign.Center);
    }

    private static void DrawScaleBar(MapCanvas map)
    {
        var u = map.Unit;
        var frame = map.Viewport.Frame;
        var meters = NiceLength(frame.Width / 5 * map.Viewport.MetersPerPixel);
        var length = (float)(meters * map.Viewport.PixelsPerMeter);
        var origin = new SKPoint(frame.Left + (16 * u), frame.Bottom - (18 * u));
        using var backdrop = new SKPaint { Color = new SKColor(255, 255, 255, 210), IsAntialias = true };
        map.Canvas.DrawRoundRect(new SKRect(origin.X - (8 * u), origin.Y - (30 * u), origin.X + length + (44 * u), origin.Y + (10 * u)), 4 * u, 4 * u, backdrop);
        using var dark = new SKPaint { Color = Ink, IsAntialias = true };
        using var light = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var outline = new SKPaint { Color = Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 1 * u, IsAntialias = true };
        for (var i = 0; i < 4; i++)
        {
            var segment = new SKRect(origin.X + (i * length / 4), origin.Y - (6 * u), origin.X + ((i + 1) * length / 4), origin.Y);
            map.Canvas.DrawRect(segment, i % 2 == 0 ? dark : light);
            map.Canvas.DrawRect(segment, outline);
        }

        using var font = map.Font(11);
        map.Text("0", new SKPoint(origin.X, origin.Y - (10 * u)), font, Ink, align: SKTextAlign.Center);
        map.Text(LengthText(meters), new SKPoint(origin.X + length, origin.Y - (10 * u)), font, Ink, align: SKTextAlign.Center);
    }

    /// <summary>The largest 1, 2 or 5 × 10ⁿ metres not above <paramref name="meters"/>.</summary>
    internal static double NiceLength(double meters)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(meters)));
        return NiceSteps.Select(m => m * power).First(l => l <= meters);
    }

    private static string LengthText(double meters) =>
        meters >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{meters / 1000:0.#} 公里") : string.Create(CultureInfo.InvariantCulture, $"{meters:0} 米");

    private static void DrawLegend(MapCanvas map, List<LegendEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var u = map.Unit;
        using var font = map.Font(12);
        using var heading = map.Font(13, bold: true);
        var lineHeight = 19 * u;
        var width = (entries.Max(e => font.MeasureText(e.Text)) + (46 * u)) is var w && w > heading.MeasureText("图例") ? w : heading.MeasureText("图例") + (20 * u);
        var height = (28 * u) + (entries.Count * lineHeight);
        var frame = map.Viewport.Frame;
        var box = new SKRect(frame.Right - width - (10 * u), frame.Bottom - height - (10 * u), frame.Right - (10 * u), frame.Bottom - (10 * u));
        using var backdrop = new SKPaint { Color = new SKColor(255, 255, 255, 235), IsAntialias = true };
        using var outline = new SKPaint { Color = SKColor.Parse("#999999"), Style = SKPaintStyle.Stroke, StrokeWidth = 1 * u, IsAntialias = true };
        map.Canvas.DrawRoundRect(box, 4 * u, 4 * u, backdrop);
        map.Canvas.DrawRoundRect(box, 4 * u, 4 * u, outline);
        map.Text("图例", new SKPoint(box.Left + (10 * u), box.Top + (19 * u)), heading, Ink);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var y = box.Top + (28 * u) + (i * lineHeight) + (lineHeight / 2);
            var swatch = new SKRect(box.Left + (10 * u), y - (6 * u), box.Left + (34 * u), y + (6 * u));
            DrawSwatch(map, e, swatch);
            map.Text(e.Text, new SKPoint(swatch.Right + (8 * u), y + (4.5f * u)), font, Ink);
        }
    }

    private static void DrawSwatch(MapCanvas map, LegendEntry e, SKRect swatch)
    {
        var mid = new SKPoint(swatch.MidX, swatch.MidY);
        using var line = MapCanvas.Polyline(false, new SKPoint(swatch.Left, mid.Y), new SKPoint(swatch.Right, mid.Y));
        switch (e.Swatch)
        {
            case LegendSwatch.Area:
                using (var rect = MapCanvas.Polyline(true, new SKPoint(swatch.Left, swatch.Top), new SKPoint(swatch.Right, swatch.Top), new SKPoint(swatch.Right, swatch.Bottom), new SKPoint(swatch.Left, swatch.Bottom)))
                {
                    using var fill = new SKPaint { Color = e.Fill, IsAntialias = true };
                    map.Canvas.DrawPath(rect, fill);
                    map.Stroke(rect, e.Stroke, e.Width, e.Dashed ? [4, 2] : null);
                }

                break;
            case LegendSwatch.Line:
                map.Stroke(line, e.Stroke, e.Width, e.Dashed ? [6, 3] : null, SKStrokeCap.Butt);
                break;
            case LegendSwatch.Road:
                map.Stroke(line, e.Stroke, e.Width + 1.6f, cap: SKStrokeCap.Butt);
                map.Stroke(line, e.Fill, e.Width, cap: SKStrokeCap.Butt);
                break;
            default:
                map.Symbol(mid, e.Shape, 5, e.Fill, e.Stroke, e.Width);
                break;
        }
    }

    private static void DrawFooter(MapRequest request, MapCanvas map, List<LegendEntry> legend)
    {
        var u = map.Unit;
        var warning = legend.Any(e => e.Text.Contains("示意", StringComparison.Ordinal))
            ? "标“示意”的图层含示意或近似数据，仅供参考，不可作为决策依据。"
            : string.Empty;
        var text = $"坐标系 CGCS2000 / 3° 高斯-克吕格 114°E（EPSG:4547）　数据：Hanyang.Gis {request.Plan.District.Name}　{warning}{(request.Note is { } note ? "　" + note : string.Empty)}";
        using var font = map.Font(10.5f);
        map.Text(text, new SKPoint(map.Viewport.Frame.Left, map.Viewport.Frame.Bottom + (16 * u)), font, SKColor.Parse("#555555"));
    }
}
