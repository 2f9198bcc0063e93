using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Reports;
using Hanyang.Gis.Reports.Maps;
using Hanyang.Gis.Reports.Siting;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang render</c>: a styled map image (PNG) in the web map's symbology, with legend, scale bar, north arrow and title.</summary>
internal static class RenderCommand
{
    /// <summary>The layers drawn when <c>--layers</c> is not given: what the web map shows when it opens.</summary>
    public const string DefaultLayers = "zones,water,streets,roads,district,facilities";

    public static Command Create()
    {
        var layers = new Option<string>("--layers") { Description = "comma-separated layers: " + string.Join(", ", Identifiers.All<MapLayer>()) + $" (default {DefaultLayers}; coverage needs --kind)", DefaultValueFactory = _ => DefaultLayers };
        layers.Validators.Add(result =>
        {
            if (ParseLayers(result.GetValueOrDefault<string>() ?? string.Empty) is { Error: { } error })
            {
                result.AddError(error);
            }
        });
        var bbox = BoundingBox();
        var width = CommonOptions.Pixels("--width", 1600);
        var height = CommonOptions.Pixels("--height", 1200);
        var title = new Option<string?>("--title") { Description = "title printed above the map (default: the district's name and the analysis)" };
        var kind = CommonOptions.Kind(required: false);
        kind.Description = "facility kind: only this kind in the facilities layer, and the coverage layer's kind";
        var mode = CommonOptions.Mode();
        var minutes = CommonOptions.Minutes();
        var sites = new Option<FileInfo?>("--sites") { Description = "GeoJSON of chosen sites written by `hanyang site` (for the sites layer)" };
        var output = new Option<FileInfo>("--out") { Description = "PNG file to write", Required = true };
        var command = new Command("render", "A printable map image (PNG): the web map's symbology, Chinese labels, legend, scale bar, north arrow and title")
        {
            layers, bbox, width, height, title, kind, mode, minutes, PlanAnalysis.Scenario, sites, output,
        }.WithStoreOptions();
        command.Validators.Add(result =>
        {
            if (result.GetValue(layers) is { } list && ParseLayers(list).Layers.Contains(MapLayer.Coverage) && result.GetValue(kind) is null)
            {
                result.AddError("--layers coverage needs --kind (the facility kind whose coverage to colour)");
            }

            if (result.GetValue(layers) is { } l && ParseLayers(l).Layers.Contains(MapLayer.Sites) && result.GetValue(sites) is null)
            {
                result.AddError("--layers sites needs --sites FILE.geojson (the chosen sites)");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = ParseLayers(parse.GetValue(layers)!).Layers;
            var facilityKind = parse.GetValue(kind) is { } k ? Identifiers.Parse<FacilityKind>(k) : (FacilityKind?)null;
            var progress = new CliProgress(chosen.Contains(MapLayer.Coverage) ? 5 : 2);
            progress.Step("reading the plan");
            var (plan, note) = await PlanAnalysis.LoadAsync(parse, cancellationToken);
            var request = new MapRequest(plan, chosen, Extent(parse.GetValue(bbox), plan), parse.GetValue(width), parse.GetValue(height), parse.GetValue(title) ?? plan.District.Name)
            {
                FacilityKinds = facilityKind is { } fk ? new HashSet<FacilityKind> { fk } : null,
                Note = note,
                Sites = parse.GetValue(sites) is { } file ? SitingResultReader.Parse(File.ReadAllText(file.FullName), file.Name) : [],
            };
            if (chosen.Contains(MapLayer.Coverage) && facilityKind is { } coverageKind)
            {
                var (m, budget) = (parse.GetValue(mode)!, parse.GetValue(minutes));
                var (coverage, area) = PlanAnalysis.Coverage(plan, coverageKind, m, budget, progress);
                request = request with
                {
                    Title = parse.GetValue(title) ?? $"{plan.District.Name} {ReportTerms.Analysis(coverageKind, m, budget)}覆盖",
                    Subtitle = string.Create(CultureInfo.InvariantCulture, $"人口覆盖率 {coverage.District.Rate:P1}（{coverage.District.CoveredPopulation:N0} / {coverage.District.Population:N0} 人）；未覆盖社区 {coverage.Uncovered.Count()} 个；沿路网计算"),
                    Coverage = coverage,
                    ServiceArea = area,
                };
            }

            progress.Step("drawing the map");
            var map = MapRenderer.Render(request);
            var target = parse.GetValue(output)!;
            AtomicFile.WriteAllBytes(target.FullName, map.Png);
            progress.Finish();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"map {request.WidthPixels}×{request.HeightPixels} px, 1 px = {map.Viewport.MetersPerPixel:0.0} m, layers {string.Join(",", chosen.Select(Identifiers.Of))}; legend: {string.Join("; ", map.LegendEntries)}; written to {target.FullName}"));
            return 0;
        });
        return command;
    }

    /// <summary>Parses a layer list; returns the error a user should see for an unknown or empty one.</summary>
    internal static (IReadOnlyList<MapLayer> Layers, string? Error) ParseLayers(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            return ([], "--layers: name at least one layer");
        }

        var layers = new List<MapLayer>();
        foreach (var name in names)
        {
            if (!Identifiers.TryParse<MapLayer>(name, out var layer))
            {
                return ([], $"--layers: '{name}' is not a layer; use {string.Join(", ", Identifiers.All<MapLayer>())}");
            }

            layers.Add(layer);
        }

        return (layers.Distinct().ToArray(), null);
    }

    /// <summary><c>--bbox</c>: minLon,minLat,maxLon,maxLat in WGS84 (as OGC API – Features' bbox).</summary>
    internal static Option<double[]?> BoundingBox()
    {
        var option = new Option<double[]?>("--bbox")
        {
            Description = "area to show: minLon,minLat,maxLon,maxLat in WGS84 degrees (default: the whole district)",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(',', result.Tokens.Select(t => t.Value));
                var parts = text.Split(',', StringSplitOptions.TrimEntries);
                var values = new double[parts.Length];
                if (parts.Length != 4 || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).Any())
                {
                    result.AddError($"--bbox {text}: give four numbers minLon,minLat,maxLon,maxLat");
                    return null;
                }

                if (values[0] >= values[2] || values[1] >= values[3] || values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90)
                {
                    result.AddError($"--bbox {text}: needs minLon < maxLon and minLat < maxLat, within ±180/±90 degrees");
                    return null;
                }

                return values;
            },
        };
        return option;
    }

    /// <summary>The requested area in EPSG:4547, or the district with a margin.</summary>
    internal static Envelope Extent(double[]? bbox, PlanDataset plan)
    {
        if (bbox is not { Length: 4 })
        {
            var district = new Envelope(plan.District.Boundary.EnvelopeInternal);
            district.ExpandBy(district.Width * 0.03, district.Height * 0.03);
            return district;
        }

        var (x1, y1) = Reprojector.Transform(bbox[0], bbox[1], Srid.Wgs84, Srid.Internal);
        var (x2, y2) = Reprojector.Transform(bbox[2], bbox[3], Srid.Wgs84, Srid.Internal);
        var extent = new Envelope(x1, x2, y1, y2);
        if (!extent.Intersects(plan.District.Boundary.EnvelopeInternal))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"--bbox {bbox[0]},{bbox[1]},{bbox[2]},{bbox[3]}: the area does not overlap {plan.District.Name}"));
        }

        return extent;
    }
}
