namespace Hanyang.Gis.Reports.Maps;

/// <summary>A rendered map: the PNG, and the viewport that placed the plan on it.</summary>
/// <param name="Png">The image, PNG-encoded.</param>
/// <param name="Viewport">Where the map frame is and its scale.</param>
/// <param name="LegendEntries">The legend's lines, in order (what a reader of the map is told).</param>
public sealed record RenderedMap(byte[] Png, MapViewport Viewport, IReadOnlyList<string> LegendEntries);
