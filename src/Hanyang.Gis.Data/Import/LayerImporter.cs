using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Reads a planner's file — GeoJSON (.geojson, .json), Shapefile (.shp with .dbf and .prj), GeoPackage
/// (.gpkg), CSV (.csv) or Excel (.xlsx) — into an <see cref="ImportedLayer"/> in EPSG:4547, validating everything and
/// collecting every problem (file, feature or CSV row, reason) in one report rather than stopping at the
/// first. The CRS must be known: declared by the file, implied by its format (GeoJSON: WGS84) or named by
/// the option (or the mapping); an option contradicting the file is refused. With a mapping
/// (<see cref="ImportOptions.Mapping"/>) the attributes are mapped before validation. Nothing is written here.
/// </summary>
public static class LayerImporter
{
    /// <summary>The file extensions understood, with the format each means.</summary>
    public static IReadOnlyDictionary<string, string> Formats { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".geojson"] = "GeoJSON",
        [".json"] = "GeoJSON",
        [".shp"] = "Shapefile",
        [".gpkg"] = "GeoPackage",
        [".csv"] = "CSV",
        [".xlsx"] = "XLSX",
    };

    /// <summary>Reads and validates <paramref name="path"/> as layer <paramref name="layerName"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="layerName">The name the layer is to have.</param>
    /// <param name="options">CRS option, make-valid, limits.</param>
    /// <param name="progress">Receives the number of features read so far, now and then; may be null.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static LayerImportResult Read(string path, string layerName, ImportOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var context = new ImportContext(path, options, progress, cancellationToken);
        var raw = ReadRaw(context);
        var crsOption = Mapping.MappingApplier.Crs(options, context);
        if (options.Mapping is { } mapping)
        {
            raw = Mapping.MappingApplier.Apply(raw, mapping, layerName, context);
        }

        var crs = raw.Features.Count > 0 || context.Problems.Count == 0 ? CrsResolver.Resolve(raw, crsOption, context) : null;
        if (raw.Features.Count == 0 && context.Problems.Count == 0)
        {
            context.Problem(null, "contains no features");
        }

        var features = new List<ImportedFeature>(raw.Features.Count);
        var items = new List<ImportItem>(raw.Features.Count);
        if (crs is not null)
        {
            foreach (var feature in raw.Features)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (FeatureValidator.Validate(feature, crs, context) is { } geometry)
                {
                    features.Add(new ImportedFeature(geometry, feature.Attributes));
                    items.Add(feature.Item);
                }
            }
        }

        var layer = new ImportedLayer(layerName, context.File, crs?.Name ?? "unknown", features);
        return new LayerImportResult(layer, items, new ImportReport(Ordered(context.Problems), context.Repairs, context.Notes));
    }

    /// <summary>Same as <see cref="Read(string, string, ImportOptions, IProgress{int}?, CancellationToken)"/> with the CRS option and make-valid flag given directly.</summary>
    public static LayerImportResult Read(string path, string layerName, SourceCrs? crs, bool makeValid, CancellationToken cancellationToken) =>
        Read(path, layerName, new ImportOptions(crs, makeValid), null, cancellationToken);

    private static RawLayer ReadRaw(ImportContext context)
    {
        if (!File.Exists(context.Path))
        {
            context.Problem(null, $"does not exist (looked for {context.Path})");
            return RawLayer.Unreadable;
        }

        var extension = Path.GetExtension(context.Path);
        if (!Formats.TryGetValue(extension, out var format))
        {
            context.Problem(null, $"has the extension '{extension}', which is not an importable format; use {string.Join(", ", Formats.Keys)}");
            return RawLayer.Unreadable;
        }

        return format switch
        {
            "GeoJSON" => GeoJsonLayerReader.Read(context),
            "Shapefile" => ShapefileLayerReader.Read(context),
            "GeoPackage" => GeoPackageLayerReader.Read(context),
            "XLSX" => Mapping.XlsxLayerReader.Read(context),
            _ => CsvLayerReader.Read(context),
        };
    }

    /// <summary>File-level problems first, then by feature or row number, keeping the order found within each.</summary>
    internal static List<ImportProblem> Ordered(IEnumerable<ImportProblem> problems) =>
        problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Item?.Number ?? 0).ThenBy(x => x.i).Select(x => x.p).ToList();
}
