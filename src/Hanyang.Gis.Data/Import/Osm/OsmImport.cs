using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Reads an OpenStreetMap extract (.osm.pbf or .osm) into the plan's roads, facilities and water, clipped
/// to the district: nodes are read first, then ways (cut into noded road segments, or areas), then
/// multipolygon relations. What each tag becomes is <see cref="OsmTagMapping"/>. Nothing is written here.
/// </summary>
public static class OsmImport
{
    /// <summary>The layer name that asks the CLI for an OpenStreetMap import.</summary>
    public const string LayerName = "osm";

    /// <summary>Reads <paramref name="path"/> and clips it to <paramref name="district"/> (EPSG:4547).</summary>
    /// <exception cref="OsmExtractException">The file is missing, not an extract, too large, truncated or corrupt.</exception>
    public static OsmExtract Read(string path, Geometry district, ImportLimits? limits, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(district);
        var elements = OsmFileReader.Read(path, limits ?? ImportLimits.Default, progress, cancellationToken);
        var clip = new OsmClip(district);
        var provenance = new OsmProvenance(Path.GetFileName(path));
        var skipped = new OsmSkipCounts();
        var roads = OsmRoadBuilder.Build(elements, clip, provenance, skipped, cancellationToken);
        var (facilities, water) = OsmPlaceBuilder.Build(elements, clip, provenance, skipped, cancellationToken);
        var summary = OsmImportSummary.Of(Path.GetFileName(path), roads, facilities, water, skipped);
        return new OsmExtract(roads.Select(r => r.Road).ToList(), facilities, water, summary);
    }
}
