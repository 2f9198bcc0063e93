using System.Globalization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using OsmSharp;
using OsmSharp.Streams;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Reads an OpenStreetMap extract — PBF (<c>.osm.pbf</c>, <c>.pbf</c>) or XML (<c>.osm</c>) — with OsmSharp
/// into <see cref="OsmElements"/>, converting node positions from WGS84 to EPSG:4547 once. A truncated or
/// corrupt file, or one with no nodes, becomes an <see cref="OsmExtractException"/> with a one-line message.
/// </summary>
internal static class OsmFileReader
{
    private const int ProgressEvery = 10_000;

    /// <summary>True when <paramref name="path"/> names an extract this reader understands.</summary>
    public static bool IsOsmFile(string path) =>
        path.EndsWith(".osm.pbf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".osm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the whole extract; see the class summary.</summary>
    public static OsmElements Read(string path, ImportLimits limits, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new OsmExtractException($"{file} does not exist (looked for {Path.GetFullPath(path)}); nothing was imported");
        }

        if (!IsOsmFile(path))
        {
            throw new OsmExtractException($"{file} is not an OpenStreetMap extract: use a .osm.pbf or .osm file; nothing was imported");
        }

        var bytes = new FileInfo(path).Length;
        if (bytes > limits.MaxFileBytes)
        {
            throw new OsmExtractException(string.Create(CultureInfo.InvariantCulture,
                $"{file} is {bytes / 1048576.0:0.#} MB, larger than the limit of {limits.MaxFileBytes / 1048576.0:0.#} MB for one import; cut the extract to the district (osmium extract); nothing was imported"));
        }

        var isPbf = path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase);
        var elements = new OsmElements();
        var count = 0;
        try
        {
            using var stream = File.OpenRead(path);
            using OsmStreamSource source = isPbf ? new PBFOsmStreamSource(stream) : new XmlOsmStreamSource(stream);
            foreach (var element in source)
            {
                Add(elements, element);
                if (++count % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(count);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OsmExtractException)
        {
            var what = isPbf ? "PBF" : "OSM XML";
            var reason = string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            throw new OsmExtractException(string.Create(CultureInfo.InvariantCulture,
                $"{file} is truncated or corrupt: reading it as {what} failed after {count:N0} elements ({reason}); download or cut the extract again; nothing was imported"), e);
        }

        progress?.Report(count);
        if (elements.Positions.Count == 0)
        {
            throw new OsmExtractException($"{file} holds no OpenStreetMap nodes; is it an extract of the district? nothing was imported");
        }

        return elements;
    }

    private static void Add(OsmElements elements, OsmGeo element)
    {
        if (element.Id is not { } id)
        {
            return;
        }

        switch (element)
        {
            case Node { Latitude: { } lat, Longitude: { } lon } node:
                if (!double.IsFinite(lat) || !double.IsFinite(lon) || Math.Abs(lat) > 90 || Math.Abs(lon) > 180)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"node {id} has the position {lat}, {lon}, which is not a latitude and longitude"));
                }

                elements.Positions[id] = SourceCrs.Wgs84.ConvertPosition(lon, lat, Srid.Internal);
                if (node.Tags is { Count: > 0 })
                {
                    elements.TaggedNodes.Add(node);
                }

                break;
            case Way { Nodes.Length: >= 2 } way:
                elements.Ways[id] = way;
                break;
            case Relation relation when relation.Tags is { } tags && tags.Contains("type", "multipolygon"):
                elements.Multipolygons.Add(relation);
                break;
        }
    }
}
