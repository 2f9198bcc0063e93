using Hanyang.Gis.Data.Import.Osm;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Tests.Import.Osm;

/// <summary>The tag table of <see cref="OsmTagMapping"/>, one rule at a time.</summary>
public class OsmTagMappingTests
{
    [Theory]
    [InlineData("motorway", RoadClass.Expressway)]
    [InlineData("trunk_link", RoadClass.Expressway)]
    [InlineData("primary", RoadClass.Arterial)]
    [InlineData("secondary", RoadClass.Secondary)]
    [InlineData("tertiary", RoadClass.Branch)]
    [InlineData("living_street", RoadClass.Local)]
    [InlineData("service", RoadClass.Local)]
    [InlineData("steps", RoadClass.Path)]
    [InlineData("cycleway", RoadClass.Path)]
    public void Road_Highway_HasTheTableClass(string highway, RoadClass expected) =>
        Assert.Equal(expected, Road(("highway", highway))!.Class);

    [Fact]
    public void Road_MotorwayWithoutOnewayTag_IsOneWayAndNotWalkable()
    {
        var road = Road(("highway", "motorway"))!;

        Assert.True(road.OneWay);
        Assert.False(road.Walkable);
    }

    [Fact]
    public void Road_Roundabout_IsOneWay() => Assert.True(Road(("highway", "secondary"), ("junction", "roundabout"))!.OneWay);

    [Fact]
    public void Road_OnewayMinusOne_IsOneWayAndReversed()
    {
        var road = Road(("highway", "residential"), ("oneway", "-1"))!;

        Assert.True(road.OneWay);
        Assert.True(road.Reversed);
    }

    [Fact]
    public void Road_OnewayOnAFootway_IsNotOneWay() => Assert.False(Road(("highway", "footway"), ("oneway", "yes"))!.OneWay);

    [Fact]
    public void Road_MotorVehicleNo_IsWalkOnly() => Assert.Equal(RoadClass.Path, Road(("highway", "residential"), ("motor_vehicle", "no"))!.Class);

    [Fact]
    public void Road_AccessPrivateFootYes_IsWalkOnly()
    {
        var road = Road(("highway", "service"), ("access", "private"), ("foot", "yes"))!;

        Assert.Equal(RoadClass.Path, road.Class);
        Assert.True(road.Walkable);
    }

    [Fact]
    public void Road_FootNo_IsDrivableButNotWalkable()
    {
        var road = Road(("highway", "primary"), ("foot", "no"))!;

        Assert.Equal(RoadClass.Arterial, road.Class);
        Assert.False(road.Walkable);
    }

    [Fact]
    public void Road_AccessNo_IsLeftOutWithAReason()
    {
        Assert.Null(OsmTagMapping.Road(Tags(("highway", "residential"), ("access", "no")), out var reason));
        Assert.NotNull(reason);
    }

    [Fact]
    public void Road_TunnelWithoutLayer_IsBelowGround()
    {
        var road = Road(("highway", "primary"), ("tunnel", "yes"))!;

        Assert.True(road.Tunnel);
        Assert.Equal(-1, road.Layer);
    }

    [Theory]
    [InlineData("60", 60.0)]
    [InlineData("50 km/h", 50.0)]
    [InlineData("30 mph", 48.28032)]
    [InlineData("signals", null)]
    public void MaxSpeedKmh_Value_IsKilometresPerHour(string value, double? expected) =>
        Assert.Equal(expected, OsmTagMapping.MaxSpeedKmh(value) is { } kmh ? Math.Round(kmh, 5) : null);

    [Theory]
    [InlineData("school", "汉阳区晴川小学", FacilityKind.PrimarySchool)]
    [InlineData("school", "武汉市第三中学", FacilityKind.JuniorMiddleSchool)]
    [InlineData("school", "汉阳区第一初级中学", FacilityKind.JuniorMiddleSchool)]
    [InlineData("school", "武汉市第三高级中学", FacilityKind.SeniorHighSchool)]
    [InlineData("school", "钟家村幼儿园", FacilityKind.Kindergarten)]
    [InlineData("kindergarten", "", FacilityKind.Kindergarten)]
    [InlineData("clinic", "晴川街社区卫生服务中心", FacilityKind.CommunityHealthCenter)]
    [InlineData("doctors", "月湖社区卫生服务站", FacilityKind.CommunityHealthStation)]
    [InlineData("clinic", "汉阳区妇幼保健医院", FacilityKind.Hospital)]
    [InlineData("hospital", "武汉市第五医院", FacilityKind.Hospital)]
    [InlineData("parking", "", FacilityKind.Parking)]
    public void Facility_AmenityAndName_HasTheTableKind(string amenity, string name, FacilityKind expected) =>
        Assert.Equal(expected, OsmTagMapping.Facility(Tags(("amenity", amenity), ("name", name)), out _));

    [Fact]
    public void Facility_SchoolNamedNeitherWay_IsLeftOutWithAReason()
    {
        Assert.Null(OsmTagMapping.Facility(Tags(("amenity", "school"), ("name", "汉阳培训学校")), out var reason));
        Assert.NotNull(reason);
    }

    [Fact]
    public void Facility_ElderlySocialFacility_IsElderlyCare() =>
        Assert.Equal(FacilityKind.ElderlyCare, OsmTagMapping.Facility(Tags(("amenity", "social_facility"), ("social_facility:for", "senior")), out _));

    [Fact]
    public void Facility_PrivateParking_IsLeftOut() =>
        Assert.Null(OsmTagMapping.Facility(Tags(("amenity", "parking"), ("access", "private")), out _));

    [Theory]
    [InlineData("leisure", "park", FacilityKind.Park)]
    [InlineData("leisure", "pitch", FacilityKind.Sports)]
    [InlineData("leisure", "sports_centre", FacilityKind.Sports)]
    public void Facility_Leisure_HasTheTableKind(string key, string value, FacilityKind expected) =>
        Assert.Equal(expected, OsmTagMapping.Facility(Tags((key, value)), out _));

    [Theory]
    [InlineData("natural", "water", WaterKind.Lake)]
    [InlineData("water", "river", WaterKind.River)]
    [InlineData("water", "pond", WaterKind.Lake)]
    [InlineData("waterway", "riverbank", WaterKind.River)]
    public void Water_Tags_HaveTheTableKind(string key, string value, WaterKind expected) =>
        Assert.Equal(expected, OsmTagMapping.Water(Tags((key, value))));

    private static OsmRoadTags? Road(params (string Key, string Value)[] tags) => OsmTagMapping.Road(Tags(tags), out _);

    private static Dictionary<string, string> Tags(params (string Key, string Value)[] tags) => tags.ToDictionary(t => t.Key, t => t.Value);
}
