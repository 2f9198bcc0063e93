using System.CommandLine;
using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Data.Import.Mapping;
using Hanyang.Gis.Data.Import.Osm;
using Hanyang.Gis.Data.Import.Population;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// <c>hanyang import</c>: a planner's GeoJSON, Shapefile, GeoPackage, CSV or Excel file into a named layer (or
/// into the facilities every analysis sees), converted to EPSG:4547, all or nothing; a bureau's own files through
/// a mapping file (<c>--mapping</c>) or an Amap/Baidu preset (<c>--preset</c>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var layer = new Option<string>("--layer") { Description = "facilities (adds to what every analysis sees), osm (an OpenStreetMap extract: roads, facilities, water), population (a census table), population-grid (a population GeoTIFF), or a name for an imported layer", Required = true };
        var file = new Option<FileInfo>("--file") { Description = ".geojson, .shp (with .dbf and .prj), .gpkg, .csv or .xlsx (lon/lat, longitude/latitude or 经度/纬度 columns, or as the mapping says); .osm.pbf or .osm with --layer osm; .csv or .xlsx with --layer population; .tif with --layer population-grid", Required = true };
        var crs = new Option<string?>("--crs") { Description = "the file's CRS when it does not say: wgs84, gcj02 (Amap, Tencent), bd09 (Baidu), cgcs2000 or epsg:<code>" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "a mapping file (JSON): which column holds which property, how values translate (道路等级 快速路 → expressway), the CRS; see the README" };
        var preset = new Option<string?>("--preset") { Description = "a built-in mapping for POI exports: amap (高德, GCJ-02) or baidu (百度, BD-09), imported as facilities" };
        var sheet = new Option<string?>("--sheet") { Description = "the sheet of an .xlsx to read (default: the mapping's, else the first)" };
        var makeValid = new Option<bool>("--make-valid") { Description = "repair invalid geometries (reported) instead of refusing them" };
        var dryRun = new Option<bool>("--dry-run") { Description = "with --layer osm: print what the extract would add, per layer and class, and write nothing" };
        var format = CommonOptions.OneOf("--format", "with --layer osm: the summary as", "text", "text", "json");
        var population = new PopulationOptions();
        var command = new Command("import", "Import a file into the plan; every problem is reported with its feature or row, and nothing is written unless all is well") { layer, file, crs, mapping, preset, sheet, makeValid, dryRun, format, population.By, population.Source, population.Year }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(layer) is PopulationImport.CensusLayer or PopulationImport.GridLayer)
            {
                return await population.RunAsync(parse, parse.GetValue(layer)!, parse.GetValue(file)!.FullName, cancellationToken);
            }

            if (parse.GetValue(layer) == OsmImport.LayerName)
            {
                if (parse.GetValue(mapping) is not null || parse.GetValue(preset) is not null || parse.GetValue(sheet) is not null)
                {
                    throw new UsageException("--mapping, --preset and --sheet: an OpenStreetMap import (--layer osm) maps its tags itself; these are for a bureau's own files");
                }

                return await ImportOsmAsync(PlanSource.Open(parse), parse.GetValue(file)!.FullName, parse.GetValue(dryRun), parse.GetValue(format) == "json", cancellationToken);
            }

            if (parse.GetValue(dryRun))
            {
                throw new UsageException("--dry-run: only an OpenStreetMap import (--layer osm) has a dry run; an import of another layer writes nothing unless all is well");
            }

            var source = parse.GetValue(crs) is { } text ? SourceCrs.Parse(text) : null;
            var path = parse.GetValue(file)!.FullName;
            var chosenMapping = ChooseMapping(parse.GetValue(mapping), parse.GetValue(preset));
            var store = PlanSource.Open(parse);
            var lastShown = 0;
            var progress = new Progress<int>(n =>
            {
                if (n - lastShown >= 1000)
                {
                    lastShown = n;
                    Console.Error.Write($"\rread {n:N0} features…");
                }
            });
            try
            {
                var options = new ImportOptions(source, parse.GetValue(makeValid), Mapping: chosenMapping?.Invoke(), Sheet: parse.GetValue(sheet));
                var outcome = await new ImportService().ImportAsync(store, parse.GetValue(layer)!, path, options, progress, cancellationToken);
                if (lastShown > 0)
                {
                    Console.Error.WriteLine();
                }

                Console.WriteLine($"imported {outcome.FeaturesWritten} features from {Path.GetFileName(path)} ({outcome.SourceCrs} → EPSG:4547) into {outcome.Layer}");
                foreach (var repair in outcome.Report.Repairs)
                {
                    Console.WriteLine($"  repaired: {repair}");
                }

                foreach (var note in outcome.Report.Notes ?? [])
                {
                    Console.WriteLine($"  note: {note}");
                }

                return 0;
            }
            catch (ImportException e)
            {
                Console.Error.WriteLine($"hanyang: {e.Message}");
                Console.Error.WriteLine("nothing was imported");
                return 1;
            }
        });
        return command;
    }

    /// <summary>
    /// What reads the mapping, or null for none: the mapping file (read when the import runs, so that its
    /// problems are reported like the file's) or the preset. Both at once, or an unknown preset, is wrong usage.
    /// </summary>
    private static Func<ImportMapping>? ChooseMapping(FileInfo? file, string? preset)
    {
        if (file is not null && preset is not null)
        {
            throw new UsageException("--mapping and --preset: give one of them; a preset is a mapping of its own");
        }

        if (preset is not null)
        {
            var found = ImportMappingPresets.Find(preset)
                ?? throw new UsageException($"--preset: '{preset}' is not a preset; expected one of: {string.Join(", ", ImportMappingPresets.Names)}");
            return () => found;
        }

        if (file is null)
        {
            return null;
        }

        return () =>
        {
            var (read, problems) = ImportMappingReader.Read(file.FullName);
            return read ?? throw new ImportException(new ImportReport(problems, []));
        };
    }

    private static async Task<int> ImportOsmAsync(Domain.Stores.IPlanStore store, string path, bool dryRun, bool json, CancellationToken cancellationToken)
    {
        var plan = await store.GetPlanAsync(cancellationToken);
        var extract = await Task.Run(() => OsmImport.Read(path, plan.District.Boundary, null, null, cancellationToken), cancellationToken);
        var written = dryRun ? null : await OsmPlanWriter.WriteAsync(store, extract, cancellationToken);
        Console.Write(json ? OsmImportOutput.Json(extract.Summary, plan.District.Name, written) : OsmImportOutput.Text(extract.Summary, plan.District.Name, written));
        return 0;
    }
}
