using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Imports a planner's file into a plan store, all or nothing: the file is read and validated completely
/// first (<see cref="LayerImporter"/>), and only when no problem was found is anything written — facilities
/// (layer <c>facilities</c>) in one <see cref="IPlanImports.AddFacilitiesAsync"/>, any other layer name as an
/// imported layer with <see cref="IPlanImports.SaveImportedLayerAsync"/>. Otherwise an
/// <see cref="ImportException"/> lists every problem and the store is unchanged.
/// </summary>
/// <param name="limits">Size limits; <see cref="ImportLimits.Default"/> when null.</param>
public sealed class ImportService(ImportLimits? limits = null)
{
    private readonly ImportLimits limits = limits ?? ImportLimits.Default;

    /// <summary>Imports <paramref name="path"/> into <paramref name="layer"/>; see the class summary.</summary>
    /// <exception cref="ImportException">Any problem was found; nothing was written.</exception>
    public Task<ImportOutcome> ImportAsync(IPlanStore store, string layer, string path, SourceCrs? crs, bool makeValid, CancellationToken cancellationToken) =>
        ImportAsync(store, layer, path, crs, makeValid, null, cancellationToken);

    /// <summary>Imports <paramref name="path"/> into <paramref name="layer"/>, reporting the number of features read to <paramref name="progress"/>.</summary>
    /// <param name="store">The store to write to.</param>
    /// <param name="layer">"facilities", or the name of an imported layer (1–64 letters, digits, '-' or '_'; replaces one of the same name).</param>
    /// <param name="path">The file: .geojson/.json, .shp, .gpkg or .csv.</param>
    /// <param name="crs">The CRS named by --crs, or null to take it from the file.</param>
    /// <param name="makeValid">Repair invalid geometries instead of refusing them.</param>
    /// <param name="progress">Receives features read so far; may be null.</param>
    /// <param name="cancellationToken">Stops the import; a cancellation before writing leaves the store unchanged.</param>
    /// <exception cref="ImportException">Any problem was found; nothing was written.</exception>
    public Task<ImportOutcome> ImportAsync(IPlanStore store, string layer, string path, SourceCrs? crs, bool makeValid, IProgress<int>? progress, CancellationToken cancellationToken) =>
        ImportAsync(store, layer, path, new ImportOptions(crs, makeValid), progress, cancellationToken);

    /// <summary>
    /// Imports <paramref name="path"/> into <paramref name="layer"/> as <paramref name="request"/> says — the CRS,
    /// make-valid, and a bureau's mapping (which column holds what, how values translate) and XLSX sheet.
    /// The service's limits and the facility text attributes replace those of the request.
    /// </summary>
    /// <exception cref="ImportException">Any problem was found (in the mapping or the file); nothing was written.</exception>
    public async Task<ImportOutcome> ImportAsync(IPlanStore store, string layer, string path, ImportOptions request, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = Path.GetFileName(path);
        if (LayerNameProblem(layer) is { } nameProblem)
        {
            throw new ImportException(new ImportReport([new ImportProblem(file, null, nameProblem)], []));
        }

        var isFacilities = layer == FacilityImport.LayerName;
        var options = request with { Limits = limits, TextAttributes = isFacilities ? FacilityImport.TextAttributes : null };
        var result = await Task.Run(() => LayerImporter.Read(path, layer, options, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        var problems = result.Report.Problems.ToList();
        if (!isFacilities)
        {
            ThrowIfAny(problems, result.Report);
            await store.SaveImportedLayerAsync(result.Layer, cancellationToken).ConfigureAwait(false);
            return new ImportOutcome(layer, result.Layer.Features.Count, result.Layer.SourceCrs, result.Report);
        }

        var mapped = FacilityImport.MapWithItems(result, problems);
        await CheckIdsAreFreeAsync(store, mapped, file, problems, cancellationToken).ConfigureAwait(false);
        ThrowIfAny(problems, result.Report);
        try
        {
            var added = await store.AddFacilitiesAsync(mapped.Select(m => m.Facility).ToList(), cancellationToken).ConfigureAwait(false);
            return new ImportOutcome(layer, added, result.Layer.SourceCrs, result.Report);
        }
        catch (DuplicateIdException e)
        {
            // Another desk added one of the ids between the check and the write; the store rolled back.
            throw new ImportException(new ImportReport([new ImportProblem(file, null, $"nothing was imported: {e.Message}")], result.Report.Repairs));
        }
    }

    private static async Task CheckIdsAreFreeAsync(IPlanStore store, List<(Facility Facility, ImportItem Item)> facilities, string file, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        foreach (var (facility, item) in facilities)
        {
            if (await store.FindFacilityAsync(facility.Id, cancellationToken).ConfigureAwait(false) is not null)
            {
                problems.Add(new ImportProblem(file, item, $"id '{facility.Id}' already exists in the plan (was this file imported before?)"));
            }
        }
    }

    private static void ThrowIfAny(List<ImportProblem> problems, ImportReport report)
    {
        if (problems.Count > 0)
        {
            throw new ImportException(new ImportReport(LayerImporter.Ordered(problems), report.Repairs, report.Notes));
        }
    }

    private static string? LayerNameProblem(string? layer)
    {
        if (string.IsNullOrEmpty(layer) || layer.Length > 64 || !layer.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return $"'{layer}' is not a layer name: use 1–64 letters, digits, '-' or '_'";
        }

        if (layer != FacilityImport.LayerName && Identifiers.TryParse<PlanLayer>(layer, out _))
        {
            return $"'{layer}' is a layer of the plan itself; only facilities can be imported into the plan, so give an imported layer another name";
        }

        return null;
    }
}
