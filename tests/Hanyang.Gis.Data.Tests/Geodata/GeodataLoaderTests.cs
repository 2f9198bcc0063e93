using System.Text.Json.Nodes;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Geodata;

public sealed class GeodataLoaderTests : IDisposable
{
    private readonly MiniGeodata data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public void Load_CompleteDirectory_ReturnsEveryLayerInEpsg4547()
    {
        var plan = GeodataLoader.Load(data.Directory);

        Assert.Equal("汉阳区", plan.District.Name);
        Assert.Equal(Srid.Internal, plan.District.Boundary.SRID);
        Assert.InRange(plan.District.Boundary.Area / 1e6, 100, 120); // 0.1° × 0.1° at 30.5°N ≈ 106 km²
        Assert.Single(plan.Streets);
        Assert.Equal(5000, plan.TotalPopulation);
        Assert.Equal(3, plan.Roads.Count);
        Assert.Equal(Skeleton.NorthSouth, plan.Roads[2].Skeleton);
        Assert.True(plan.Roads[0].IsAtGrade);
        var school = Assert.Single(plan.Facilities);
        Assert.Equal(FacilityKind.PrimarySchool, school.Kind);
        Assert.Equal(CapacityUnit.Seats, school.CapacityUnit);
        Assert.Equal(Srid.Internal, school.Location.SRID);
        Assert.Equal([FacilityKind.PrimarySchool, FacilityKind.Parking], plan.CandidateSites[0].SuitableKinds);
        Assert.Equal(9, plan.Targets[0].TargetCount);
    }

    [Fact]
    public void Load_FileWithoutCrs_IsRefusedNamingTheFile()
    {
        data.Edit("zones.geojson", node => node.AsObject().Remove("crs"));

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("zones.geojson", problem.File);
        Assert.Null(problem.FeatureIndex);
        Assert.Contains("declares no coordinate reference system", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileInAnotherCrs_IsRefused()
    {
        data.Edit("water.geojson", node => node["crs"]!["properties"]!["name"] = "urn:ogc:def:crs:EPSG::3857");

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Contains("water.geojson: is in the coordinate reference system 'urn:ogc:def:crs:EPSG::3857'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SelfIntersectingZone_IsRefusedNamingFeatureAndId()
    {
        data.Write("zones.geojson", MiniGeodata.Collection(MiniGeodata.Feature(
            """{"id":"qintai","name":"琴台中央文化艺术区","accuracy":"approximate","source":"test"}""",
            """{"type":"Polygon","coordinates":[[[114.22,30.52],[114.24,30.54],[114.24,30.52],[114.22,30.54],[114.22,30.52]]]}""")));

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("zones.geojson", 0, "qintai"), (problem.File, problem.FeatureIndex, problem.FeatureId));
        Assert.StartsWith("invalid geometry: Self-intersection at (114.23, 30.53)", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("zones.geojson feature 0 (id qintai): invalid geometry: Self-intersection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownPropertyValues_AreAllReportedInOneError()
    {
        data.Edit("roads.geojson", node =>
        {
            node["features"]![0]!["properties"]!["class"] = "highway";
            node["features"]![2]!["properties"]!["skeleton"] = "diagonal";
        });
        data.Edit("facilities.geojson", node => node["features"]![0]!["properties"]!["kind"] = "school");

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Equal(3, error.Problems.Count);
        Assert.Equal("roads.geojson feature 0 (id road-1): class: 'highway' is not a known RoadClass; expected one of: expressway, arterial, secondary, branch, local, path", error.Problems[0].ToString());
        Assert.Equal(("roads.geojson", 2), (error.Problems[1].File, error.Problems[1].FeatureIndex));
        Assert.Contains("skeleton: 'diagonal'", error.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal("facilities.geojson feature 0 (id fac-1): kind: 'school' is not a known FacilityKind; expected one of: kindergarten, primary-school, junior-middle-school, senior-high-school, hospital, community-health-center, community-health-station, elderly-care, sports, park, parking", error.Problems[2].ToString());
    }

    [Fact]
    public void Load_CoordinateOutOfRange_IsRefusedWithTheValue()
    {
        data.Write("communities.geojson", MiniGeodata.Collection(MiniGeodata.Feature(
            """{"id":"420105001001","code":"420105001001","name":"测试社区","street_code":"420105001000","population":5000,"accuracy":"approximate","source":"test"}""",
            MiniGeodata.Point(191.2, 30.55))));

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Equal("communities.geojson feature 0 (id 420105001001): coordinate 0: longitude 191.2 is out of range for EPSG:4326 (WGS84) (-180 to 180)", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Load_MalformedJsonAndMissingFile_AreBothReported()
    {
        data.Write("belts.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature",""");
        File.Delete(Path.Combine(data.Directory, "candidate-sites.geojson"));

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("belts.geojson: not valid JSON at line 1", error.Problems[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("candidate-sites.geojson: the file is missing", error.Problems[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongGeometryTypeDuplicateIdAndMissingProperty_AreReported()
    {
        data.Edit("roads.geojson", node =>
        {
            node["features"]![1]!["properties"]!["id"] = "road-1";
            node["features"]![2]!["geometry"] = JsonNode.Parse(MiniGeodata.Point(114.25, 30.53));
            node["features"]![0]!["properties"]!.AsObject().Remove("walkable");
        });

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Equal(
            [
                "roads.geojson feature 0 (id road-1): walkable: missing; expected true or false",
                "roads.geojson feature 1 (id road-1): id: 'road-1' is used by an earlier feature too",
                "roads.geojson feature 2 (id road-3): geometry: expected a LineString (roads are noded segments), found a Point",
            ],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_CommunityAsPolygonWithPopulationSource_KeepsTheAreaAndAPointInsideIt()
    {
        data.Edit("communities.geojson", node =>
        {
            node["features"]![0]!["geometry"] = JsonNode.Parse(MiniGeodata.Square(114.24, 30.54, 0.02));
            node["features"]![0]!["properties"]!["population_source"] = "第七次全国人口普查";
            node["features"]![0]!["properties"]!["population_year"] = 2020;
        });

        var community = Assert.Single(GeodataLoader.Load(data.Directory).Communities);

        Assert.IsType<Polygon>(community.Area);
        Assert.Equal(Srid.Internal, community.Area!.SRID);
        Assert.True(community.Area.Contains(community.Location));
        Assert.Equal(("第七次全国人口普查", 2020), (community.PopulationSource!.Source, community.PopulationSource.Year));
    }

    [Fact]
    public void Load_SyntheticPopulation_IsLabelledSynthetic()
    {
        data.Edit("communities.geojson", node => node["features"]![0]!["properties"]!["population_accuracy"] = "synthetic");

        var community = Assert.Single(GeodataLoader.Load(data.Directory).Communities);

        Assert.Equal(PopulationSource.SyntheticLabel, community.PopulationSource!.Source);
        Assert.Null(community.PopulationSource.Year);
        Assert.Null(community.Area);
    }

    [Fact]
    public void Load_CommunityAsLine_IsRefused()
    {
        data.Edit("communities.geojson", node => node["features"]![0]!["geometry"] = JsonNode.Parse(MiniGeodata.Line(114.24, 30.54, 114.25, 30.55)));

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Contains("geometry: expected a Point, found a LineString", Assert.Single(error.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommunityOfUnknownStreet_IsRefused()
    {
        data.Edit("communities.geojson", node => node["features"]![0]!["properties"]!["street_code"] = "420105999000");

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Equal("communities.geojson feature 0 (id 420105001001): street_code: '420105999000' is not a street in streets.geojson", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Load_UnclosedRing_IsRefusedWithTheJsonPath()
    {
        data.Write("water.geojson", MiniGeodata.Collection(MiniGeodata.Feature(
            """{"id":"lake","name":"湖","kind":"lake","accuracy":"approximate","source":"test"}""",
            """{"type":"Polygon","coordinates":[[[114.21,30.51],[114.22,30.51],[114.22,30.52],[114.21,30.52]]]}""")));

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(data.Directory));

        Assert.Equal("water.geojson feature 0 (id lake): coordinates[0]: the ring is not closed (its first and last positions differ)", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void FindBundledDirectory_FromTheTestOutput_FindsTheRepositoryGeodata()
    {
        var found = GeodataLoader.FindBundledDirectory();

        Assert.NotNull(found);
        Assert.True(File.Exists(Path.Combine(found, GeodataLayers.Roads)));
    }
}
