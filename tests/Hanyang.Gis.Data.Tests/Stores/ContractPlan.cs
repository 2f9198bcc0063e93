using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Stores;

/// <summary>
/// The small plan every store contract test starts from, in EPSG:4547 with answers known on paper:
/// a 4 km × 4 km district at (520000..524000, 3380000..3384000) split into a west and an east street,
/// a zone over the south-west quarter, four communities, four schools and a car park.
/// </summary>
public static class ContractPlan
{
    public static readonly Provenance Test = new(Accuracy.Synthetic, "contract test fixture");

    public static Geometry Wkt(string wkt) => GeometryFactories.FromWkt(wkt, Srid.Internal);

    public static Point At(double x, double y) => GeometryFactories.Internal.CreatePoint(new Coordinate(x, y));

    public static Facility School(string id, FacilityKind kind, double x, double y, string street = "420105001000") =>
        new(new FacilityId(id), kind, "学校" + id, 1000, CapacityUnit.Seats, BuildStatus.Existing, false, null, new StreetCode(street), At(x, y), Test);

    public static PlanDataset Create() => new(
        new District("420105", "汉阳区", Wkt("POLYGON ((520000 3380000, 524000 3380000, 524000 3384000, 520000 3384000, 520000 3380000))"), Test),
        [
            new Street(new StreetCode("420105001000"), "西街道", Wkt("POLYGON ((520000 3380000, 522000 3380000, 522000 3384000, 520000 3384000, 520000 3380000))"), Test),
            new Street(new StreetCode("420105002000"), "东街道", Wkt("POLYGON ((522000 3380000, 524000 3380000, 524000 3384000, 522000 3384000, 522000 3380000))"), Test),
        ],
        [
            new Community(new CommunityCode("420105001001"), "西南社区", new StreetCode("420105001000"), 4000, 1619, At(521000, 3381000), null, Test),
            new Community(new CommunityCode("420105001002"), "西北社区", new StreetCode("420105001000"), 3000, 1215, At(521000, 3383000), null, Test),
            new Community(new CommunityCode("420105002001"), "东南社区", new StreetCode("420105002000"), 2000, 810, At(523000, 3381000), null, Test),
            new Community(new CommunityCode("420105002002"), "东北社区", new StreetCode("420105002000"), 1000, 405, At(523000, 3383000), null, Test),
        ],
        [new WaterBody("lake", "测试湖", WaterKind.Lake, Wkt("POLYGON ((522500 3383500, 522800 3383500, 522800 3383800, 522500 3383800, 522500 3383500))"), Test)],
        [new PlanningZone(new ZoneId("sixin"), "四新新城总部区", Wkt("POLYGON ((520000 3380000, 522000 3380000, 522000 3382000, 520000 3382000, 520000 3380000))"), ["四新方岛"], Test)],
        [new RiverBelt(new BeltId("yangtze"), "沿长江会展商旅带", "长江", Wkt("POLYGON ((523500 3380000, 524000 3380000, 524000 3384000, 523500 3384000, 523500 3380000))"), [], Test)],
        [
            new Road(new RoadId("road-1"), "汉阳大道", RoadClass.Arterial, Skeleton.EastWest, null, false, false, false, 0, true, BuildStatus.Existing,
                (LineString)Wkt("LINESTRING (520000 3382000, 522000 3382000)"), Test),
            new Road(new RoadId("road-2"), "汉阳大道", RoadClass.Arterial, Skeleton.EastWest, null, false, false, false, 0, true, BuildStatus.Existing,
                (LineString)Wkt("LINESTRING (522000 3382000, 524000 3382000)"), Test),
        ],
        [
            School("fac-a", FacilityKind.PrimarySchool, 520500, 3380500),
            School("fac-b", FacilityKind.PrimarySchool, 521400, 3381400),
            School("fac-c", FacilityKind.PrimarySchool, 523500, 3383500, "420105002000"),
            School("fac-d", FacilityKind.Kindergarten, 521100, 3381100),
            new Facility(new FacilityId("fac-p"), FacilityKind.Parking, "五麟路停车场", 300, CapacityUnit.Spaces, BuildStatus.Existing, true, null, new StreetCode("420105002000"), At(523100, 3381100), Test),
        ],
        [new CandidateSite(new CandidateSiteId("site-1"), "四新片区备选地块A", [FacilityKind.PrimarySchool], ShortageArea.Sixin, 20000, At(520800, 3380800), Test)],
        [new PlanTarget("new-primary-schools", FacilityKind.PrimarySchool, "新建小学9所", 9, null, null, "2021-2025", "第九章 第一节", "test")]);
}
