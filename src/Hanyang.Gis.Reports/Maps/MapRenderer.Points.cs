using System.Globalization;
using Hanyang.Gis.Domain;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>Point layers: communities (or their coverage), facilities, candidate and chosen sites.</summary>
public static partial class MapRenderer
{
    private static void DrawPoints(MapRequest request, MapCanvas map, List<LegendEntry> legend, List<Action> labels)
    {
        var plan = request.Plan;
        var view = map.Viewport.Extent;
        var resolution = map.Viewport.WebMercatorResolution;

        if (request.Shows(MapLayer.Coverage) && request.Coverage is { } coverage)
        {
            var rows = coverage.Communities.Where(c => view.Contains(c.Community.Location.Coordinate)).ToList();
            foreach (var row in rows.OrderBy(r => !r.Covered))
            {
                var color = row.Covered ? MapSymbology.Covered : MapSymbology.Uncovered;
                var radius = MapSymbology.CommunityRadius(row.Community.Population) + 1;
                var at = map.Viewport.ToPixel(row.Community.Location.Coordinate);
                map.Symbol(at, SymbolShape.Circle, radius, color.WithAlpha(217), SKColors.White, 1.5f);
                if (!row.Covered || resolution < 6)
                {
                    labels.Insert(0, () => map.Label(row.Community.Name, new SKPoint(at.X, at.Y - ((radius + 5) * map.Unit)), 11, color));
                }
            }

            var suffix = Accuracy(rows.Select(r => r.Community.Provenance));
            legend.Add(LegendEntry.Symbol("已覆盖社区" + suffix, SymbolShape.Circle, MapSymbology.Covered.WithAlpha(217), SKColors.White));
            legend.Add(LegendEntry.Symbol("未覆盖社区" + suffix, SymbolShape.Circle, MapSymbology.Uncovered.WithAlpha(217), SKColors.White));
        }
        else if (request.Shows(MapLayer.Communities))
        {
            var communities = plan.Communities.Where(c => view.Contains(c.Location.Coordinate)).ToList();
            foreach (var community in communities)
            {
                var radius = MapSymbology.CommunityRadius(community.Population);
                var at = map.Viewport.ToPixel(community.Location.Coordinate);
                map.Symbol(at, SymbolShape.Circle, radius, MapSymbology.Community, SKColors.White, 1);
                if (resolution < 6)
                {
                    labels.Add(() => map.Label(community.Name, new SKPoint(at.X, at.Y - ((radius + 5) * map.Unit)), 11, MapSymbology.CommunityLabel));
                }
            }

            if (communities.Count > 0)
            {
                legend.Add(LegendEntry.Symbol("社区（按人口）" + Accuracy(communities.Select(c => c.Provenance)), SymbolShape.Circle, MapSymbology.Community, SKColors.White));
            }
        }

        if (request.Shows(MapLayer.Facilities))
        {
            var facilities = plan.Facilities
                .Where(f => (request.FacilityKinds?.Contains(f.Kind) ?? true) && view.Contains(f.Location.Coordinate))
                .ToList();
            foreach (var group in facilities.GroupBy(f => f.Kind).OrderBy(g => g.Key))
            {
                var style = MapSymbology.Facilities[group.Key];
                foreach (var facility in group)
                {
                    var synthetic = facility.Provenance.Accuracy == Domain.Accuracy.Synthetic;
                    var outline = facility.Status == BuildStatus.UnderConstruction ? SKColor.Parse("#ff00ff") : synthetic ? SKColors.White : SKColor.Parse("#111111");
                    var radius = group.Key == Domain.Facilities.FacilityKind.Hospital ? 7 : 5.5f;
                    var at = map.Viewport.ToPixel(facility.Location.Coordinate);
                    map.Symbol(at, style.Shape, radius, style.Color, outline, synthetic ? 1.2f : 1.8f);
                    if (resolution < 8)
                    {
                        labels.Add(() => map.Label(facility.Name, new SKPoint(at.X, at.Y - ((radius + 6) * map.Unit)), 11, style.Color));
                    }
                }

                legend.Add(LegendEntry.Symbol($"{Domain.Facilities.FacilityKinds.NameZh(group.Key)}（{group.Count()}）{Accuracy(group.Select(f => f.Provenance))}", style.Shape, style.Color, SKColor.Parse("#111111")));
            }
        }

        if (request.Shows(MapLayer.CandidateSites))
        {
            var sites = plan.CandidateSites.Where(s => s.Geometry.EnvelopeInternal.Intersects(view)).ToList();
            foreach (var site in sites)
            {
                var at = map.Viewport.ToPixel(site.Geometry.Centroid.Coordinate);
                using var path = MapCanvas.SymbolPath(at, SymbolShape.Square, 8 / 1.25f * map.Unit);
                using var fill = new SKPaint { Color = MapSymbology.CandidateFill, IsAntialias = true };
                map.Canvas.DrawPath(path, fill);
                map.Stroke(path, MapSymbology.CandidateLine, 2, [3, 2]);
                if (resolution < 8)
                {
                    labels.Add(() => map.Label(site.Name, new SKPoint(at.X, at.Y - (14 * map.Unit)), 11, SKColor.Parse("#6b5400")));
                }
            }

            if (sites.Count > 0)
            {
                legend.Add(LegendEntry.Symbol("备选地块" + Accuracy(sites.Select(s => s.Provenance)), SymbolShape.Square, MapSymbology.CandidateFill, MapSymbology.CandidateLine));
            }
        }

        if (request.Shows(MapLayer.Sites) && request.Sites.Count > 0)
        {
            foreach (var site in request.Sites)
            {
                var at = map.Viewport.ToPixel(site.Location.Coordinate);
                map.Symbol(at, SymbolShape.Star, 8, MapSymbology.ChosenSite, SKColor.Parse("#111111"), 1.5f);
                labels.Insert(0, () => map.Label(string.Create(CultureInfo.InvariantCulture, $"{site.Name} +{site.GainPopulation:N0}人"), new SKPoint(at.X, at.Y - (16 * map.Unit)), 12, SKColor.Parse("#a34700"), bold: true));
            }

            legend.Add(LegendEntry.Symbol($"新选址（{request.Sites.Count} 处，+新增覆盖人口）", SymbolShape.Star, MapSymbology.ChosenSite, SKColor.Parse("#111111")));
        }
    }
}
