using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// The plan's roads as a routable graph, with what the graph does not hold: vertex positions and the
/// road (and its geometry) behind every edge. Built by <see cref="PlanNetworkBuilder"/>.
/// </summary>
public sealed class PlanNetwork
{
    internal PlanNetwork(RoadGraph graph, Coordinate[] vertexPositions, Road[] edgeRoads, (VertexId From, VertexId To)[] edgeVertices)
    {
        Graph = graph;
        VertexPositions = vertexPositions;
        EdgeRoads = edgeRoads;
        EdgeVertices = edgeVertices;
    }

    /// <summary>The vertices at the first and last point of each edge's geometry, indexed by <see cref="EdgeId.Value"/>.</summary>
    public IReadOnlyList<(VertexId From, VertexId To)> EdgeVertices { get; }

    /// <summary>The routable graph.</summary>
    public RoadGraph Graph { get; }

    /// <summary>Where each vertex is (EPSG:4547), indexed by <see cref="VertexId.Value"/>.</summary>
    public IReadOnlyList<Coordinate> VertexPositions { get; }

    /// <summary>The road segment behind each edge, indexed by <see cref="EdgeId.Value"/>; its geometry runs from the edge's first to its second vertex.</summary>
    public IReadOnlyList<Road> EdgeRoads { get; }
}
