using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>Every query of the PostGIS store on <see cref="SmallPlan"/>, answers worked out on paper.</summary>
public sealed class PostGisQueryTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly PostGisPlanStore store = new(seeded.ConnectionString);

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task ListFeatures_BboxOverSouthWestKilometre_ReturnsIntersectingFacilitiesById()
    {
        var page = await store.ListFeaturesAsync(PlanLayer.Facilities, new Envelope(530000, 531000, 3370000, 3371000), 0, 10, None);

        Assert.Equal(["fac-1", "fac-2", "fac-4"], page.Features.Select(f => f.Id));
        Assert.Equal(3, page.NumberMatched);
        Assert.Equal(1, page.Features[0].Version);
        Assert.Equal("primary-school", page.Features[0].Properties["kind"]);
    }

    [Fact]
    public async Task ListFeatures_BboxTouchingOnlyTheMultiPolygonStreet_ReturnsThatStreet()
    {
        var page = await store.ListFeaturesAsync(PlanLayer.Streets, new Envelope(530100, 530200, 3371500, 3371600), 0, 10, None);

        Assert.Equal([SmallPlan.West], page.Features.Select(f => f.Id));
        Assert.Equal(0, page.Features[0].Version);
    }

    [Fact]
    public async Task ListFeatures_SecondPage_HasTheSliceTotalAndMore()
    {
        var page = await store.ListFeaturesAsync(PlanLayer.Facilities, null, 1, 2, None);

        Assert.Equal(["fac-2", "fac-3"], page.Features.Select(f => f.Id));
        Assert.Equal(5, page.NumberMatched);
        Assert.Equal(1, page.Offset);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task ListFeatures_BboxWithPaging_CountsAllMatches()
    {
        var page = await store.ListFeaturesAsync(PlanLayer.Facilities, new Envelope(530000, 531000, 3370000, 3371000), 2, 1, None);

        Assert.Equal(["fac-4"], page.Features.Select(f => f.Id));
        Assert.Equal(3, page.NumberMatched);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task ListFeatures_BboxOutsideTheDistrict_IsEmpty()
    {
        var page = await store.ListFeaturesAsync(PlanLayer.Roads, new Envelope(540000, 541000, 3370000, 3371000), 0, 10, None);

        Assert.Empty(page.Features);
        Assert.Equal(0, page.NumberMatched);
    }

    [Fact]
    public async Task FindFeature_RoadAndMissing_ReturnsPropertiesOrNull()
    {
        var road = await store.FindFeatureAsync(PlanLayer.Roads, "road-a", None);

        Assert.Equal(("expressway", "east-west", "north-south", true, 1), (road!.Properties["class"], road.Properties["skeleton"], road.Properties["skeleton_also"], road.Properties["bridge"], road.Properties["layer"]));
        Assert.Null(await store.FindFeatureAsync(PlanLayer.Roads, "road-z", None));
        Assert.Null(await store.FindFeatureAsync(PlanLayer.District, "420106", None));
    }

    [Fact]
    public async Task ListNearestFacilities_TwoPrimarySchools_NearestFirstWithDistances()
    {
        var nearest = await store.ListNearestFacilitiesAsync(SmallPlan.At(530500, 3370500), FacilityKind.PrimarySchool, 2, None);

        Assert.Equal(["fac-1", "fac-2"], nearest.Select(n => n.Facility.Id.Value));
        Assert.Equal(Math.Sqrt(200 * 200 + 100 * 100), nearest[0].DistanceMeters, 1e-9);
        Assert.Equal(300, nearest[1].DistanceMeters, 1e-9);
    }

    [Fact]
    public async Task ListNearestFacilities_KindWithNone_IsEmpty() =>
        Assert.Empty(await store.ListNearestFacilitiesAsync(SmallPlan.At(530500, 3370500), FacilityKind.Parking, 3, None));

    [Fact]
    public async Task ListFacilitiesWithin_300Metres_IncludesTheOneExactlyOnTheCircle()
    {
        var within = await store.ListFacilitiesWithinAsync(SmallPlan.At(530500, 3370500), 300, null, None);
        var schools = await store.ListFacilitiesWithinAsync(SmallPlan.At(530500, 3370500), 300, FacilityKind.PrimarySchool, None);

        Assert.Equal(["fac-4", "fac-1", "fac-2"], within.Select(n => n.Facility.Id.Value));
        Assert.Equal([100, Math.Sqrt(50_000), 300], within.Select(n => n.DistanceMeters), new DoubleTolerance(1e-9));
        Assert.Equal(["fac-1", "fac-2"], schools.Select(n => n.Facility.Id.Value));
    }

    [Fact]
    public async Task ListCommunitiesInZone_Qintai_ReturnsTheCommunityInside()
    {
        Assert.Equal(["420105003001"], (await store.ListCommunitiesInZoneAsync(new ZoneId("qintai"), None)).Select(c => c.Code.Value));
        Assert.Empty(await store.ListCommunitiesInZoneAsync(new ZoneId("hsr"), None));
    }

    [Fact]
    public async Task ListCommunitiesInStreet_West_ReturnsItsTwoByCode()
    {
        var communities = await store.ListCommunitiesInStreetAsync(new StreetCode(SmallPlan.West), None);

        Assert.Equal(["420105003001", "420105003002"], communities.Select(c => c.Code.Value));
        Assert.Equal(3000, communities[0].Population);
    }

    [Fact]
    public async Task GetPlan_Seeded_HasTheHospitalWithItsCircle()
    {
        var plan = await store.GetPlanAsync(None);

        var hospital = plan.Facilities.Single(f => f.Kind == FacilityKind.Hospital);
        Assert.Equal((MedicalCircle.Centre, (StreetCode?)null, Domain.BuildStatus.UnderConstruction), (hospital.MedicalCircle, hospital.Street, hospital.Status));
        Assert.Equal(6000, plan.TotalPopulation);
        Assert.Equal(["fac-1", "fac-2", "fac-3", "fac-4", "fac-h"], plan.Facilities.Select(f => f.Id.Value));
    }

    private sealed class DoubleTolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
