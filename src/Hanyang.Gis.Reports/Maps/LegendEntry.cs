using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>One legend line: a swatch (area, line, road or point symbol) and its text.</summary>
internal sealed record LegendEntry(string Text, LegendSwatch Swatch, SKColor Fill, SKColor Stroke, float Width, bool Dashed, SymbolShape Shape)
{
    public static LegendEntry Area(string text, SKColor fill, SKColor stroke, bool dashed = false) => new(text, LegendSwatch.Area, fill, stroke, 1.5f, dashed, SymbolShape.Square);

    public static LegendEntry Line(string text, SKColor color, float width, bool dashed = false) => new(text, LegendSwatch.Line, color, color, width, dashed, SymbolShape.Square);

    public static LegendEntry Road(string text, SKColor color, SKColor casing, float width) => new(text, LegendSwatch.Road, color, casing, width, false, SymbolShape.Square);

    public static LegendEntry Symbol(string text, SymbolShape shape, SKColor fill, SKColor stroke) => new(text, LegendSwatch.Symbol, fill, stroke, 1.2f, false, shape);
}

/// <summary>How a legend entry's swatch is drawn.</summary>
internal enum LegendSwatch
{
    Area,
    Line,
    Road,
    Symbol,
}
