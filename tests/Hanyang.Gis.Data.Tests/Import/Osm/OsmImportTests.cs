using Hanyang.Gis.Data.Import.Osm;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Tests.Import.Osm;

/// <summary>The OpenStreetMap reader on <see cref="OsmSample"/>, as .osm XML and as .osm.pbf made by osmium.</summary>
public sealed class OsmImportTests : IDisposable
{
    private readonly OsmSample sample = new();

    public void Dispose() => sample.Dispose();

    [Theory]
    [InlineData("pbf")]
    [InlineData("xml")]
    public void Read_RiverScene_MapsRoadClassesAndNodesAtSharedNodes(string format)
    {
        var extract = Read(format);

        Assert.Equal(12, extract.Roads.Count(r => r.Class == RoadClass.Local));
        Assert.Single(extract.Roads, r => r.Class == RoadClass.Arterial);
        Assert.Single(extract.Roads, r => r.Class == RoadClass.Path);
        Assert.Equal(["local", "arterial"], extract.Summary.Roads.Select(t => t.Class).Order().Reverse());
        Assert.Equal(1, extract.Summary.WalkOnly.Segments);
        Assert.Equal(1, extract.Summary.MaxSpeedTaggedSegments);
    }

    [Fact]
    public void Read_OneWayStreet_IsOneWayForDrivingAlongItsGeometry()
    {
        var extract = Read("pbf");

        var riverside = Assert.Single(extract.Roads, r => r.Name == "滨江路");
        Assert.True(riverside.OneWay);
        Assert.True(riverside.Geometry.StartPoint.X < riverside.Geometry.EndPoint.X);
        Assert.All(extract.Roads.Where(r => r.Name == "南岸路"), r => Assert.False(r.OneWay));
    }

    [Fact]
    public void Read_BridgeOverAStreet_IsGradeSeparatedAndNotNodedWithTheStreetBelow()
    {
        var extract = Read("pbf");

        var bridge = Assert.Single(extract.Roads, r => r.Name == "晴川桥");
        var below = Assert.Single(extract.Roads, r => r.Name == "滨江路");
        Assert.True(bridge.Bridge);
        Assert.Equal(1, bridge.Layer);
        Assert.False(bridge.IsAtGrade);
        Assert.True(bridge.Geometry.Crosses(below.Geometry));
        var bridgeEnds = new[] { bridge.Geometry.StartPoint.Coordinate, bridge.Geometry.EndPoint.Coordinate };
        Assert.DoesNotContain(below.Geometry.StartPoint.Coordinate, bridgeEnds);
        Assert.DoesNotContain(below.Geometry.EndPoint.Coordinate, bridgeEnds);
        Assert.Equal(1, extract.Summary.GradeSeparatedSegments);
    }

    [Fact]
    public void Read_Footway_IsAWalkOnlyPath()
    {
        var footway = Assert.Single(Read("pbf").Roads, r => r.Name == "北岸步道");

        Assert.Equal(RoadClass.Path, footway.Class);
        Assert.True(footway.Walkable);
        Assert.False(footway.OneWay);
    }

    [Fact]
    public void Read_StreetStartingOutsideTheDistrict_IsClippedAtTheBoundary()
    {
        var extract = Read("pbf");

        var west = extract.Roads.Where(r => r.Name == "南岸路").MinBy(r => r.Geometry.StartPoint.X)!;
        Assert.Equal(OsmSample.At(OsmSample.Box.West, 30.5492).X, west.Geometry.StartPoint.X, 0.5);
        Assert.All(extract.Roads, r => Assert.True(OsmSample.District.Buffer(0.01).Covers(r.Geometry), r.Id.Value));
    }

    [Fact]
    public void Read_SchoolDrawnAsPolygon_IsAPrimarySchoolAtItsInteriorPoint()
    {
        var school = Assert.Single(Read("pbf").Facilities, f => f.Name == "晴川小学");

        Assert.Equal(FacilityKind.PrimarySchool, school.Kind);
        Assert.Equal("osm-way-10", school.Id.Value);
        Assert.True(OsmSample.SchoolOutline.Contains(school.Location));
        Assert.True(school.Location.Distance(OsmSample.SchoolOutline.InteriorPoint) < 1);
    }

    [Fact]
    public void Read_FacilityNodes_KeepsTheKindsThePlanCountsInsideTheDistrict()
    {
        var extract = Read("pbf");

        Assert.Equal(FacilityKind.Hospital, Assert.Single(extract.Facilities, f => f.Name == "汉阳医院").Kind);
        Assert.Equal(FacilityKind.JuniorMiddleSchool, Assert.Single(extract.Facilities, f => f.Name == "武汉市第三中学").Kind);
        Assert.DoesNotContain(extract.Facilities, f => f.Name is "张氏诊所" or "区外小学");
        Assert.Equal(1, extract.Summary.Skipped["facilities outside the district"]);
        Assert.Equal(1, extract.Summary.Skipped["clinics not named 卫生服务中心, 卫生服务站 or 医院"]);
        Assert.Equal(new Dictionary<string, int> { ["primary-school"] = 1, ["junior-middle-school"] = 1, ["hospital"] = 1 }, extract.Summary.Facilities);
    }

    [Fact]
    public void Read_Riverbank_IsARiverAreaClippedToTheDistrict()
    {
        var extract = Read("pbf");

        var river = Assert.Single(extract.Water);
        Assert.Equal(WaterKind.River, river.Kind);
        Assert.Equal("汉江", river.Name);
        var expected = OsmSample.District.Intersection(OsmSample.RiverOutline).Area;
        Assert.Equal(expected, river.Area.Area, expected * 0.01);
        Assert.True(OsmSample.District.Buffer(0.01).Covers(river.Area));
        Assert.Equal(river.Area.Area / 1e6, extract.Summary.WaterSquareKilometres, 4);
    }

    [Fact]
    public void Read_TruncatedPbf_ThrowsOneLineNamingTheFile()
    {
        var path = sample.WriteTruncatedPbf(20);

        var e = Assert.Throws<OsmExtractException>(() => OsmImport.Read(path, OsmSample.District, null, null, CancellationToken.None));

        Assert.StartsWith("truncated.osm.pbf is truncated or corrupt", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Read_TruncatedXml_ThrowsOneLineNamingTheFile()
    {
        var whole = File.ReadAllText(sample.WriteXml());
        var path = sample.Write("cut.osm", whole[..(whole.Length / 2)]);

        var e = Assert.Throws<OsmExtractException>(() => OsmImport.Read(path, OsmSample.District, null, null, CancellationToken.None));

        Assert.StartsWith("cut.osm is truncated or corrupt", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    private OsmExtract Read(string format) =>
        OsmImport.Read(format == "pbf" ? sample.WritePbf() : sample.WriteXml(), OsmSample.District, null, null, CancellationToken.None);
}
