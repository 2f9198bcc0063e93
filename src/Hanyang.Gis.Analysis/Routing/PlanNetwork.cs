using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// The plan's roads as a routable graph, with what the graph does not hold: vertex positions and the
/// road (and its geometry) behind every edge. Built by <see cref="PlanNetworkBuilder"/> (once per version of
/// the roads by <see cref="PlanNetworks"/>). Owns its profiled networks: <see cref="Profiled"/> builds each
/// once, so every analysis over this network shares them and the snaps they remember.
/// </summary>
public sealed class PlanNetwork
{
    /// <summary>How many differently profiled networks one network keeps (the least recently used goes first).</summary>
    public const int MaxProfiles = 8;

    private readonly Lock sync = new();
    private readonly BoundedLru<string, Lazy<ProfiledNetwork>> profiled = new(MaxProfiles, MaxProfiles, _ => 1);
    private long profilesBuilt;

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

    /// <summary>How many profiled networks this network has built (each profile once while it is kept).</summary>
    public long ProfilesBuilt => Interlocked.Read(ref profilesBuilt);

    /// <summary>
    /// This network under <paramref name="profile"/>, travel seconds as the cost: built on first use and shared
    /// after (profiles with the same mode and speeds are the same profile, whatever their names). Thread-safe:
    /// concurrent callers wait for one build.
    /// </summary>
    public ProfiledNetwork Profiled(TravelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var key = $"{profile.Mode}:{string.Join(',', profile.SpeedMetersPerSecondByClass.Select(s => s.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}";
        Lazy<ProfiledNetwork> built;
        lock (sync)
        {
            if (!profiled.TryGet(key, out built))
            {
                built = new(() =>
                {
                    Interlocked.Increment(ref profilesBuilt);
                    return new ProfiledNetwork(this, profile);
                });
                profiled.Put(key, built);
            }
        }

        return built.Value;
    }
}
