using System.Text.Json;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using NetTopologySuite.Triangulate;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>
/// Starts a geodata directory for a district other than the bundled one, from what a planning office has:
/// its boundary (GeoJSON) and its divisions (a table of communities with their street, population and
/// position, <see cref="DivisionsTable"/>). Writes district, streets and communities, and every other layer
/// empty (roads, water and facilities come next from <c>hanyang import --layer osm</c>; zones, belts,
/// candidate sites and targets may stay empty). The system assumes nothing else about the district, except
/// that it lies in the area of use of the internal CRS (EPSG:4547, 112.5–115.5°E): one farther away is refused.
/// </summary>
public static class NewDistrict
{
    /// <summary>What <see cref="Create"/> wrote.</summary>
    /// <param name="Plan">The directory as the loader reads it back.</param>
    /// <param name="Files">The files written, in load order.</param>
    public sealed record Result(PlanDataset Plan, IReadOnlyList<string> Files);

    /// <summary>
    /// Writes a new geodata directory <paramref name="directory"/> (which must not exist or be empty) for the
    /// district <paramref name="name"/> with administrative code <paramref name="code"/>.
    /// </summary>
    /// <exception cref="FormatException">The boundary or the table is not usable; the message names every problem (file, row, column).</exception>
    /// <exception cref="IOException">The directory already holds files.</exception>
    public static Result Create(string directory, string code, string name, string boundaryPath, string divisionsPath, SourceCrs crs)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(crs);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            throw new FormatException($"--code '{code}': give the district's 6-digit administrative code (e.g. 420105 for 汉阳区)");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FormatException("--name: give the district's name, e.g. 汉阳区");
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"--dir {directory}: the directory already holds files; a new district starts in a new or empty directory");
        }

        var boundary = ReadBoundary(boundaryPath, crs);
        var table = DivisionsTable.Read(divisionsPath, crs, boundary);
        var streets = StreetAreas(boundary, table);

        Directory.CreateDirectory(directory);
        var boundaryFile = Path.GetFileName(boundaryPath);
        var divisionsFile = Path.GetFileName(divisionsPath);
        Write(directory, GeodataLayers.District, [(boundary, Properties(("id", code), ("name", name.Trim()), ("adcode", code), ("accuracy", "reference"), ("source", $"boundary file {boundaryFile} ({crs}), given to hanyang district init")))]);
        Write(directory, GeodataLayers.Streets, streets.Select(s => (s.Area, Properties(
            ("id", s.Code), ("code", s.Code), ("name", s.Name), ("accuracy", "approximate"),
            ("source", $"names and codes: {divisionsFile}; area: the Voronoi cells of the street's communities, clipped to the district (the real street boundaries were not given)")))));
        Write(directory, GeodataLayers.Communities, table.Rows.Select(r => ((Geometry)r.Location, Properties(
            ("id", r.Code), ("code", r.Code), ("name", r.Name), ("street_code", r.StreetCode), ("population", r.Population), ("households", r.Households),
            ("accuracy", r.Accuracy), ("source", $"{divisionsFile} row {r.Number}")))));
        foreach (var empty in new[] { GeodataLayers.Water, GeodataLayers.Zones, GeodataLayers.Belts, GeodataLayers.Roads, GeodataLayers.Facilities, GeodataLayers.CandidateSites })
        {
            Write(directory, empty, []);
        }

        AtomicFile.WriteAllText(Path.Combine(directory, GeodataLayers.PlanTargets), "[]\n");
        return new Result(GeodataLoader.Load(directory), GeodataLayers.All);
    }

    private static Geometry ReadBoundary(string path, SourceCrs crs)
    {
        var file = Path.GetFileName(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file}: not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split(" Path:")[0]}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
            var geometryJson = type switch
            {
                "FeatureCollection" when root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array && features.GetArrayLength() == 1
                    && features[0].TryGetProperty("geometry", out var g) => g,
                "FeatureCollection" => throw new FormatException($"{file}: a boundary file holds exactly one feature, the district's outline"),
                "Feature" when root.TryGetProperty("geometry", out var g) => g,
                "Polygon" or "MultiPolygon" => root,
                _ => throw new FormatException($"{file}: expected a GeoJSON FeatureCollection of one feature, a Feature or a Polygon, found {(type is null ? "no \"type\"" : $"\"{type}\"")}"),
            };

            Geometry source;
            try
            {
                source = GeoJsonGeometryReader.Read(geometryJson, GeometryFactories.For(crs.Srid));
            }
            catch (GeoJsonFormatException e)
            {
                throw new FormatException($"{file}: {e.Message}", e);
            }

            if (source is not (Polygon or MultiPolygon) || source.IsEmpty)
            {
                throw new FormatException($"{file}: the boundary must be a Polygon or MultiPolygon, found {source.GeometryType}{(source.IsEmpty ? " (empty)" : string.Empty)}");
            }

            if (new IsValidOp(source).ValidationError is { } error)
            {
                throw new FormatException($"{file}: the boundary is not a valid polygon ({error.Message} near {error.Coordinate?.X:0.######}, {error.Coordinate?.Y:0.######}); repair it first (e.g. ogr2ogr -makevalid)");
            }

            var wgs84 = crs.Convert(source, Srid.Wgs84);
            if (GeometryGuard.Find(wgs84, Srid.Wgs84, file, CoordinateRange.InternalAreaOfUse) is { } outside)
            {
                throw new FormatException($"{outside.Message}; the system works in EPSG:4547, whose area of use is 112.5–115.5°E: a district farther from 114°E needs another 3-degree zone, which this system does not offer", outside);
            }

            return crs.Convert(source, Srid.Internal);
        }
    }

    /// <summary>Each street's area: the union of its communities' Voronoi cells, clipped to the district.</summary>
    private static List<(string Code, string Name, Geometry Area)> StreetAreas(Geometry boundary, DivisionsTable table)
    {
        var factory = GeometryFactories.Internal;
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(table.Rows.Select(r => r.Location.Coordinate).ToArray());
        var frame = new Envelope(boundary.EnvelopeInternal);
        frame.ExpandBy(1000);
        builder.ClipEnvelope = frame;
        var cells = table.Rows.Count == 1 ? [factory.ToGeometry(frame)] : builder.GetSubdivision().GetVoronoiCellPolygons(factory);

        var streets = new List<(string, string, Geometry)>();
        foreach (var (streetCode, streetName) in table.Streets)
        {
            var sites = table.Rows.Where(r => r.StreetCode == streetCode).Select(r => r.Location).ToArray();
            var mine = cells.Where(c => sites.Any(s => c.Covers(s))).ToArray();
            var area = Polygonal(factory.BuildGeometry(mine).Union().Intersection(boundary));
            if (area.IsEmpty)
            {
                throw new FormatException($"street {streetCode} ({streetName}): its communities share their positions with other streets' communities, so it has no area; give each community its own lon/lat");
            }

            streets.Add((streetCode, streetName, area));
        }

        return streets;
    }

    private static Geometry Polygonal(Geometry g)
    {
        var polygons = Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty).ToArray();
        return polygons.Length == 1 ? polygons[0] : g.Factory.CreateMultiPolygon(polygons);
    }

    private static Dictionary<string, object?> Properties(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static void Write(string directory, string file, IEnumerable<(Geometry Geometry, Dictionary<string, object?> Properties)> features) =>
        AtomicFile.WriteAllText(Path.Combine(directory, file), GeoJsonWriter.FeatureCollection(features.Select(f => (f.Geometry, (IReadOnlyDictionary<string, object?>)f.Properties))) + "\n");
}
