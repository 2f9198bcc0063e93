using System.Globalization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Roads;
using OsmSharp;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// Turns the highway ways of an extract into the plan's noded road segments. A way is cut at every node it
/// shares with another road way (or with itself): OpenStreetMap draws a junction as a shared node, so ways
/// that cross without one — a bridge over a street, a tunnel under it — stay unconnected, which is the
/// grade separation the network needs. The pieces are then clipped to the district; a oneway=-1 way is
/// reversed so that its one way runs along the geometry.
/// </summary>
internal static class OsmRoadBuilder
{
    /// <summary>The segments, each with the tags that made it.</summary>
    public static List<(Road Road, OsmRoadTags Tags)> Build(OsmElements elements, OsmClip clip, OsmProvenance provenance, OsmSkipCounts skipped, CancellationToken cancellationToken)
    {
        var ways = new List<(Way Way, OsmRoadTags Tags)>();
        foreach (var way in elements.Ways.Values.OrderBy(w => w.Id))
        {
            if (OsmTagMapping.Road(OsmElements.TagsOf(way), out var reason) is { } tags)
            {
                ways.Add((way, tags));
            }
            else if (reason is not null)
            {
                skipped.Add(reason);
            }
        }

        var uses = new Dictionary<long, int>();
        foreach (var node in ways.SelectMany(w => w.Way.Nodes))
        {
            uses[node] = uses.GetValueOrDefault(node) + 1;
        }

        var roads = new List<(Road, OsmRoadTags)>();
        foreach (var (way, tags) in ways)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var piece = 0;
            var start = 0;
            for (var i = 1; i < way.Nodes.Length; i++)
            {
                if (i < way.Nodes.Length - 1 && uses[way.Nodes[i]] < 2)
                {
                    continue;
                }

                var line = OsmGeometry.Line(elements, way.Nodes[start..(i + 1)]);
                start = i;
                if (line is null)
                {
                    skipped.Add("road pieces with nodes missing from the extract");
                    continue;
                }

                foreach (var part in clip.Lines(line))
                {
                    var id = new RoadId(string.Create(CultureInfo.InvariantCulture, $"osm-way-{way.Id}-{++piece}"));
                    var geometry = tags.Reversed ? (NetTopologySuite.Geometries.LineString)part.Reverse() : part;
                    roads.Add((new Road(id, tags.Name, tags.Class, null, null, tags.OneWay, tags.Bridge, tags.Tunnel, tags.Layer, tags.Walkable,
                        BuildStatus.Existing, geometry, provenance.Of("way", way.Id!.Value)), tags));
                }
            }
        }

        return roads;
    }
}
