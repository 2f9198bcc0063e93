using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// Builds the routable network from the plan's noded roads: a vertex wherever segment endpoints coincide
/// exactly, nowhere else. Roads that cross without sharing an endpoint (bridges, tunnels, expressways
/// over streets) therefore do not connect, and water is crossed only where a road segment crosses it —
/// which the data allows only for bridges and tunnels.
/// </summary>
public static class PlanNetworkBuilder
{
    /// <summary>Builds the network of <paramref name="roads"/> (planned roads are left out unless <paramref name="includePlanned"/>).</summary>
    public static PlanNetwork Build(IReadOnlyList<Road> roads, bool includePlanned = false)
    {
        ArgumentNullException.ThrowIfNull(roads);
        var builder = new RoadGraphBuilder();
        var vertices = new Dictionary<Coordinate, VertexId>();
        var positions = new List<Coordinate>();
        var edgeRoads = new List<Road>();
        var edgeVertices = new List<(VertexId, VertexId)>();
        VertexId VertexAt(Coordinate c)
        {
            if (!vertices.TryGetValue(c, out var id))
            {
                id = builder.AddVertex();
                vertices[c.Copy()] = id;
                positions.Add(c.Copy());
            }

            return id;
        }

        foreach (var road in roads)
        {
            if (road.Status == Domain.BuildStatus.Planned && !includePlanned)
            {
                continue;
            }

            var from = VertexAt(road.Geometry.StartPoint.Coordinate);
            var to = VertexAt(road.Geometry.EndPoint.Coordinate);
            var drivable = road.Class != RoadClass.Path;
            builder.AddEdge(from, to, road.Geometry.Length, (int)road.Class, road.Walkable, drivable, road.OneWay);
            edgeRoads.Add(road);
            edgeVertices.Add((from, to));
        }

        return new PlanNetwork(builder.Build(), positions.ToArray(), edgeRoads.ToArray(), edgeVertices.ToArray());
    }
}
