using OsmSharp;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// The parts of an extract the import uses, held in memory: every node's position (already in EPSG:4547,
/// converted once so that ways sharing a node share its coordinate exactly), tagged nodes, ways and
/// multipolygon relations. A district's extract is small enough for this.
/// </summary>
internal sealed class OsmElements
{
    /// <summary>Node id → position in EPSG:4547 (metres).</summary>
    public Dictionary<long, (double X, double Y)> Positions { get; } = [];

    /// <summary>Nodes that carry tags (candidate point facilities).</summary>
    public List<Node> TaggedNodes { get; } = [];

    /// <summary>Every way, by id (untagged ones may be members of a multipolygon).</summary>
    public Dictionary<long, Way> Ways { get; } = [];

    /// <summary>Relations tagged type=multipolygon.</summary>
    public List<Relation> Multipolygons { get; } = [];

    /// <summary>The tags of <paramref name="element"/> as a dictionary (empty when it has none).</summary>
    public static IReadOnlyDictionary<string, string> TagsOf(OsmGeo element)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.Tags is { } all)
        {
            foreach (var tag in all)
            {
                tags[tag.Key] = tag.Value;
            }
        }

        return tags;
    }
}
