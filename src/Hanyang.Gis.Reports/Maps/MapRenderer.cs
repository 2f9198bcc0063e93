using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Roads;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>
/// Draws a plan as a printable map image in the web map's symbology (src/Hanyang.Gis.MapClient/src/styles.ts):
/// layers in the web map's stacking order, Chinese labels, a legend of the visible layers (synthetic or
/// approximate data marked 示意), a scale bar, a north arrow and a title.
/// </summary>
public static partial class MapRenderer
{
    /// <summary>Renders <paramref name="request"/> to a PNG.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The image size is outside <see cref="MapRequest.MinimumPixels"/>–<see cref="MapRequest.MaximumPixels"/>.</exception>
    /// <exception cref="InvalidOperationException">No CJK font is installed (see <see cref="Fonts.CjkFont"/>).</exception>
    public static RenderedMap Render(MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckSize(request.WidthPixels, nameof(request.WidthPixels));
        CheckSize(request.HeightPixels, nameof(request.HeightPixels));
        var unit = Math.Clamp(Math.Min(request.WidthPixels, request.HeightPixels) / 900f, 0.8f, 4f);
        var titleHeight = (request.Subtitle is null ? 46 : 70) * unit;
        var footerHeight = 24 * unit;
        var frame = new SKRect(10 * unit, titleHeight, request.WidthPixels - (10 * unit), request.HeightPixels - footerHeight);
        var viewport = new MapViewport(request.Extent, frame);

        using var bitmap = new SKBitmap(request.WidthPixels, request.HeightPixels, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var map = new MapCanvas(canvas, viewport, unit);
        var legend = new List<LegendEntry>();

        canvas.Save();
        canvas.ClipRect(frame);
        using (var background = new SKPaint { Color = MapSymbology.Background })
        {
            canvas.DrawRect(frame, background);
        }

        DrawLayers(request, map, legend);
        canvas.Restore();

        DrawFrame(map);
        DrawTitle(request, map);
        DrawNorthArrow(map);
        DrawScaleBar(map);
        DrawLegend(map, legend);
        DrawFooter(request, map, legend);

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new RenderedMap(png.ToArray(), viewport, legend.Select(e => e.Text).ToArray());
    }

    private static void CheckSize(int pixels, string name)
    {
        if (pixels is < MapRequest.MinimumPixels or > MapRequest.MaximumPixels)
        {
            throw new ArgumentOutOfRangeException(name, pixels, $"an image side must be {MapRequest.MinimumPixels}–{MapRequest.MaximumPixels} pixels, not {pixels}");
        }
    }

    private static void DrawLayers(MapRequest request, MapCanvas map, List<LegendEntry> legend)
    {
        var plan = request.Plan;
        var view = map.Viewport.Extent;
        var resolution = map.Viewport.WebMercatorResolution;
        bool InView(Geometry g) => g.EnvelopeInternal.Intersects(view);
        var labels = new List<Action>();

        if (request.Shows(MapLayer.Zones))
        {
            var zones = plan.Zones.Where(z => InView(z.Area)).ToList();
            foreach (var zone in zones)
            {
                var color = MapSymbology.ZoneColors.GetValueOrDefault(zone.Id.Value, SKColor.Parse("#888888"));
                map.Fill(zone.Area, color.WithAlpha(33));
                map.Stroke(zone.Area, color.WithAlpha(217), 2);
                legend.Add(LegendEntry.Area(zone.Name + Accuracy(zone.Provenance), color.WithAlpha(33), color));
                if (resolution < 120)
                {
                    labels.Add(() => map.Label(zone.Name, map.Viewport.ToPixel(zone.Area.InteriorPoint.Coordinate), 15, color, bold: true));
                }
            }
        }

        if (request.Shows(MapLayer.Water))
        {
            var water = plan.Water.Where(w => InView(w.Area)).ToList();
            foreach (var body in water)
            {
                map.Fill(body.Area, MapSymbology.WaterFill);
                map.Stroke(body.Area, MapSymbology.WaterLine, 1);
                var isRiver = body.Kind == Domain.Places.WaterKind.River;
                if (resolution < (isRiver ? 150 : 45))
                {
                    labels.Add(() => map.Label(body.Name, map.Viewport.ToPixel(body.Area.InteriorPoint.Coordinate), isRiver ? 14 : 12, MapSymbology.WaterLabel, bold: isRiver, halo: new SKColor(230, 242, 250, 230)));
                }
            }

            if (water.Count > 0)
            {
                legend.Add(LegendEntry.Area("水系" + Accuracy(water.Select(w => w.Provenance)), MapSymbology.WaterFill, MapSymbology.WaterLine));
            }
        }

        if (request.Shows(MapLayer.Belts))
        {
            foreach (var belt in plan.Belts.Where(b => InView(b.Area)))
            {
                var color = MapSymbology.BeltColors.GetValueOrDefault(belt.Id.Value, SKColor.Parse("#2b8cbe"));
                map.Fill(belt.Area, color.WithAlpha(46));
                map.Stroke(belt.Area, color, 1.5f, [6, 4]);
                legend.Add(LegendEntry.Area(belt.Name + Accuracy(belt.Provenance), color.WithAlpha(46), color, dashed: true));
            }
        }

        if (request.Shows(MapLayer.Coverage) && request.ServiceArea is { } serviceArea)
        {
            map.Fill(serviceArea, MapSymbology.Isochrone.WithAlpha(36));
            map.Stroke(serviceArea, MapSymbology.Isochrone.WithAlpha(242), 2.2f);
            var r = request.Coverage?.Request;
            legend.Add(LegendEntry.Area(r is null ? "服务圈" : $"服务圈（{r.Minutes:0.#} 分钟）", MapSymbology.Isochrone.WithAlpha(36), MapSymbology.Isochrone));
        }

        if (request.Shows(MapLayer.Streets))
        {
            var streets = plan.Streets.Where(s => InView(s.Area)).ToList();
            foreach (var street in streets)
            {
                map.Stroke(street.Area, MapSymbology.StreetLine, 1.2f, [4, 4]);
                if (resolution < 32)
                {
                    labels.Add(() => map.Label(street.Name, map.Viewport.ToPixel(street.Area.InteriorPoint.Coordinate), 12, MapSymbology.StreetLabel));
                }
            }

            if (streets.Count > 0)
            {
                legend.Add(LegendEntry.Line("街道界" + Accuracy(streets.Select(s => s.Provenance)), MapSymbology.StreetLine, 1.2f, dashed: true));
            }
        }

        DrawRoads(request, map, legend, labels);

        if (request.Shows(MapLayer.District) && InView(plan.District.Boundary))
        {
            map.Stroke(plan.District.Boundary, new SKColor(255, 255, 255, 230), 6);
            map.Stroke(plan.District.Boundary, MapSymbology.DistrictLine, 2.5f, [12, 4, 2, 4]);
            legend.Add(LegendEntry.Line("区界" + Accuracy(plan.District.Provenance), MapSymbology.DistrictLine, 2.5f, dashed: true));
        }

        DrawPoints(request, map, legend, labels);
        foreach (var label in labels)
        {
            label();
        }
    }

    private static void DrawRoads(MapRequest request, MapCanvas map, List<LegendEntry> legend, List<Action> labels)
    {
        if (!request.Shows(MapLayer.Roads) && !request.Shows(MapLayer.LocalRoads))
        {
            return;
        }

        var classes = new List<RoadClass>();
        if (request.Shows(MapLayer.LocalRoads))
        {
            classes.AddRange([RoadClass.Path, RoadClass.Local]);
        }

        if (request.Shows(MapLayer.Roads))
        {
            classes.AddRange([RoadClass.Branch, RoadClass.Secondary, RoadClass.Arterial, RoadClass.Expressway]);
        }

        var scale = MapSymbology.RoadScale(map.Viewport.WebMercatorResolution);
        var roads = request.Plan.Roads.Where(r => classes.Contains(r.Class) && r.Geometry.EnvelopeInternal.Intersects(map.Viewport.Extent)).ToList();

        // The web map stacks by class (z-index), and bridges above everything at grade.
        foreach (var bridge in new[] { false, true })
        {
            foreach (var roadClass in classes)
            {
                var style = MapSymbology.Roads[roadClass];
                var width = Math.Max(0.8f, style.WidthPixels * scale);
                foreach (var road in roads.Where(r => r.Class == roadClass && r.Bridge == bridge))
                {
                    using var path = map.Path(road.Geometry);
                    var planned = road.Status == BuildStatus.Planned;
                    if (bridge)
                    {
                        map.Stroke(path, MapSymbology.BridgeCasing, width + 5, cap: SKStrokeCap.Butt);
                    }

                    if (!planned)
                    {
                        map.Stroke(path, style.Casing, width + 1.6f);
                    }

                    map.Stroke(path, planned ? style.Casing : style.Color, planned ? Math.Max(1.5f, width) : width, planned ? [8, 6] : null, planned ? SKStrokeCap.Butt : SKStrokeCap.Round);
                }
            }
        }

        foreach (var roadClass in Enumerable.Reverse(classes))
        {
            var ofClass = roads.Where(r => r.Class == roadClass).ToList();
            if (ofClass.Count > 0)
            {
                var style = MapSymbology.Roads[roadClass];
                legend.Add(LegendEntry.Road(style.Zh + Accuracy(ofClass.Select(r => r.Provenance)), style.Color, style.Casing, Math.Max(1.5f, style.WidthPixels)));
            }
        }

        if (roads.Any(r => r.Bridge))
        {
            legend.Add(LegendEntry.Road("桥梁", SKColors.White, MapSymbology.BridgeCasing, 3));
        }

        if (roads.Any(r => r.Status == BuildStatus.Planned))
        {
            legend.Add(LegendEntry.Line("规划道路", MapSymbology.Roads[RoadClass.Arterial].Casing, 2, dashed: true));
        }

        if (map.Viewport.WebMercatorResolution < 12)
        {
            foreach (var group in roads.Where(r => r.Class is RoadClass.Expressway or RoadClass.Arterial && r.Name is { Length: > 0 } && r.Name is not ("街坊路" or "无名道路" or "匝道")).GroupBy(r => r.Name))
            {
                var longest = group.MaxBy(r => r.Geometry.Length)!;
                labels.Add(() => map.Label(group.Key, map.Viewport.ToPixel(longest.Geometry.GetCoordinateN(longest.Geometry.NumPoints / 2)), 12, SKColor.Parse("#3b2f1e")));
            }
        }
    }

    /// <summary>" （示意）" when every feature is synthetic, "（含示意数据）" when some are, "（位置近似）" for approximate ones.</summary>
    internal static string Accuracy(IEnumerable<Provenance> provenances)
    {
        var list = provenances.Select(p => p.Accuracy).ToList();
        if (list.Count > 0 && list.All(a => a == Domain.Accuracy.Synthetic))
        {
            return "（示意）";
        }

        if (list.Contains(Domain.Accuracy.Synthetic))
        {
            return "（含示意数据）";
        }

        return list.Contains(Domain.Accuracy.Approximate) ? "（位置近似，示意）" : string.Empty;
    }

    private static string Accuracy(Provenance provenance) => Accuracy([provenance]);
}
