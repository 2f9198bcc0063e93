using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data.Import.Osm;
using Hanyang.Gis.Data.Tests.Import.Osm;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Tests;

/// <summary>The network built from an OpenStreetMap extract (<see cref="OsmSample"/>, read from .osm.pbf) routes as the tags say.</summary>
public sealed class OsmNetworkTests : IDisposable
{
    private const double Hour = 3600;
    private readonly OsmSample sample = new();
    private readonly OsmExtract extract;
    private readonly PlanNetwork network;

    public OsmNetworkTests()
    {
        extract = OsmImport.Read(sample.WritePbf(), OsmSample.District, null, null, CancellationToken.None);
        network = PlanNetworkBuilder.Build(extract.Roads);
    }

    public void Dispose() => sample.Dispose();

    [Fact]
    public void Walking_FromTheSouthBank_CrossesTheRiverOnlyOnTheBridge()
    {
        var river = Assert.Single(extract.Water).Area;
        var reach = new ProfiledNetwork(network, TravelProfiles.Walking()).CreateSearch().Run([new SearchSource(VertexAt(114.2645, 30.5492), 0, 0)], Hour);

        var crossing = reach.Arcs.Select(a => network.EdgeRoads[a.Edge.Value]).Where(r => r.Geometry.Intersects(river)).Select(r => r.Name).Distinct();
        Assert.Equal(["晴川桥"], crossing);
        Assert.True(double.IsFinite(reach.SecondsTo(VertexAt(114.2665, 30.5518))));
    }

    [Fact]
    public void Build_BridgeAndTheStreetBelow_ShareNoVertex()
    {
        var edges = network.EdgeRoads.Select((road, i) => (road.Name, network.EdgeVertices[i])).ToList();

        var (bridgeFrom, bridgeTo) = edges.Single(e => e.Name == "晴川桥").Item2;
        var (belowFrom, belowTo) = edges.Single(e => e.Name == "滨江路").Item2;
        Assert.Empty(new[] { bridgeFrom, bridgeTo }.Intersect([belowFrom, belowTo]));
    }

    [Fact]
    public void Driving_FromTheNorthBank_NeverUsesTheFootway()
    {
        var drive = new ProfiledNetwork(network, TravelProfiles.Driving()).CreateSearch();

        var reach = drive.Run([new SearchSource(VertexAt(114.2645, 30.5518), 0, 0)], Hour);

        Assert.DoesNotContain(reach.Arcs, a => network.EdgeRoads[a.Edge.Value].Class == RoadClass.Path);
        var aroundByStreets = (Length("北岸路", 114.2645, 30.5518) + Length("北岸路", 114.2655, 30.5518) + Length("北街")) / TravelProfile.KilometresPerHour(TravelProfiles.DesignSpeedKmh(RoadClass.Local));
        Assert.Equal(aroundByStreets, reach.SecondsTo(VertexAt(114.2645, 30.5530)), 0.5);
    }

    [Fact]
    public void Driving_OneWayStreet_GoesOnlyWestToEast()
    {
        var drive = new ProfiledNetwork(network, TravelProfiles.Driving()).CreateSearch();
        var west = VertexAt(114.2645, 30.5497);
        var east = VertexAt(114.2665, 30.5497);
        var speed = TravelProfile.KilometresPerHour(TravelProfiles.DesignSpeedKmh(RoadClass.Local));
        var direct = Length("滨江路") / speed;
        var aroundBySouthBank = (Length("东巷") + Length("南岸路", 114.2655, 30.5492) + Length("南岸路", 114.2645, 30.5492) + Length("西巷")) / speed;

        Assert.Equal(direct, drive.Run([new SearchSource(west, 0, 0)], Hour).SecondsTo(east), 0.5);
        Assert.Equal(aroundBySouthBank, drive.Run([new SearchSource(east, 0, 0)], Hour).SecondsTo(west), 0.5);
    }

    private double Length(string name) => Assert.Single(extract.Roads, r => r.Name == name).Geometry.Length;

    /// <summary>The length of the segment of <paramref name="name"/> that starts at (<paramref name="lon"/>, <paramref name="lat"/>).</summary>
    private double Length(string name, double lon, double lat) =>
        Assert.Single(extract.Roads, r => r.Name == name && r.Geometry.StartPoint.Coordinate.Distance(OsmSample.At(lon, lat)) < 0.5).Geometry.Length;

    private VertexId VertexAt(double lon, double lat)
    {
        var at = OsmSample.At(lon, lat);
        var index = network.VertexPositions.Select((p, i) => (p, i)).Single(x => x.p.Distance(at) < 0.01).i;
        return new VertexId(index);
    }
}
