using System.Text.Json;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>
/// Loads a geodata directory (GeoJSON in EPSG:4326, see geodata/README.md) into a <see cref="PlanDataset"/>
/// whose geometries are all EPSG:4547. Refuses the whole dataset when any file has a missing or wrong CRS,
/// an unreadable or invalid geometry, or an unknown property value, and reports every problem with the
/// file and feature it is in.
/// </summary>
public static partial class GeodataLoader
{
    /// <summary>The bundled dataset's directory under a repository or installation root: geodata/hanyang.</summary>
    public const string BundledDirectoryName = "hanyang";

    /// <summary>Loads every layer from <paramref name="directory"/>.</summary>
    /// <exception cref="GeodataException">Any problem was found; it lists them all.</exception>
    public static PlanDataset Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<GeodataProblem>();
        var dataset = Read(directory, problems);
        if (problems.Count > 0 || dataset is null)
        {
            throw new GeodataException(problems);
        }

        return dataset;
    }

    /// <summary>
    /// Finds geodata/hanyang by walking up from <paramref name="start"/> (default: the application's base
    /// directory, then the current directory). Returns null when there is none.
    /// </summary>
    public static string? FindBundledDirectory(string? start = null)
    {
        foreach (var origin in start is null ? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()] : new[] { start })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "geodata", BundledDirectoryName);
                if (File.Exists(Path.Combine(candidate, GeodataLayers.District)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static PlanDataset? Read(string directory, List<GeodataProblem> problems)
    {
        var districts = ReadLayer(directory, GeodataLayers.District, problems, ReadDistrict);
        var streets = ReadLayer(directory, GeodataLayers.Streets, problems, ReadStreet);
        var communities = ReadLayer(directory, GeodataLayers.Communities, problems, ReadCommunity);
        var water = ReadLayer(directory, GeodataLayers.Water, problems, ReadWater);
        var zones = ReadLayer(directory, GeodataLayers.Zones, problems, ReadZone);
        var belts = ReadLayer(directory, GeodataLayers.Belts, problems, ReadBelt);
        var roads = ReadLayer(directory, GeodataLayers.Roads, problems, ReadRoad);
        var facilities = ReadLayer(directory, GeodataLayers.Facilities, problems, ReadFacility);
        var sites = ReadLayer(directory, GeodataLayers.CandidateSites, problems, ReadCandidateSite);
        var targets = ReadTargets(Path.Combine(directory, GeodataLayers.PlanTargets), problems);

        if (districts.Count != 1 && problems.Count == 0)
        {
            problems.Add(new GeodataProblem(GeodataLayers.District, null, null, $"holds {districts.Count} features; exactly one district is expected"));
        }

        CheckReferences(streets, communities, facilities, problems);
        return problems.Count > 0
            ? null
            : new PlanDataset(districts[0], streets, communities, water, zones, belts, roads, facilities, sites, targets);
    }

    private static List<T> ReadLayer<T>(string directory, string file, List<GeodataProblem> problems, Func<FeatureReader, Geometry, T> map)
    {
        var result = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in GeoJsonFeatureFile.Read(Path.Combine(directory, file), problems))
        {
            var reader = new FeatureReader(file, feature, problems);
            if (feature.Id is null)
            {
                reader.Problem("id: missing; every feature needs a unique \"id\" property");
            }
            else if (!ids.Add(feature.Id))
            {
                reader.Problem($"id: '{feature.Id}' is used by an earlier feature too");
            }

            if (feature.Geometry is null)
            {
                continue;
            }

            var value = map(reader, Reprojector.Transform(feature.Geometry, Srid.Internal));
            if (reader.Ok)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static List<PlanTarget> ReadTargets(string path, List<GeodataProblem> problems)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(new GeodataProblem(file, null, null, $"the file is missing (looked for {path})"));
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new GeodataProblem(file, null, null, "expected a JSON array of targets"));
                return [];
            }

            var targets = new List<PlanTarget>();
            foreach (var (element, index) in document.RootElement.EnumerateArray().Select((e, i) => (e.Clone(), i)))
            {
                var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var reader = new FeatureReader(file, new FeatureRecord(index, id, null, element), problems);
                var target = ReadTarget(reader);
                if (reader.Ok)
                {
                    targets.Add(target);
                }
            }

            return targets;
        }
        catch (JsonException e)
        {
            problems.Add(new GeodataProblem(file, null, null, $"not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split(" Path:")[0]}"));
            return [];
        }
    }
}
