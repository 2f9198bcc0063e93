using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>
/// A small plan in EPSG:4547 whose answers can be worked out on paper, using every column the tables
/// have (a MultiPolygon street, a community outline, a road in two skeletons, a polygon site, a
/// medical circle): a 2 km square district at (530000..532000, 3370000..3372000); the west street is
/// two squares; zone "qintai" covers the south-west kilometre; schools at known offsets.
/// </summary>
internal static class SmallPlan
{
    public static readonly Provenance Fixture = new(Accuracy.Synthetic, "PostGIS store test fixture");

    public const string West = "420105003000";
    public const string East = "420105004000";

    public static Geometry Wkt(string wkt) => GeometryFactories.FromWkt(wkt, Srid.Internal);

    public static Point At(double x, double y) => GeometryFactories.Internal.CreatePoint(new Coordinate(x, y));

    public static Facility School(string id, FacilityKind kind, double x, double y, string street = West) =>
        new(new FacilityId(id), kind, "学校" + id, 900, CapacityUnit.Seats, BuildStatus.Existing, false, null, new StreetCode(street), At(x, y), Fixture);

    public static PlanDataset Create() => new(
        new District("420105", "汉阳区", Wkt("POLYGON ((530000 3370000, 532000 3370000, 532000 3372000, 530000 3372000, 530000 3370000))"), Fixture),
        [
            new Street(new StreetCode(West), "琴断口街道", Wkt("MULTIPOLYGON (((530000 3370000, 531000 3370000, 531000 3371000, 530000 3371000, 530000 3370000)), ((530000 3371000, 531000 3371000, 531000 3372000, 530000 3372000, 530000 3371000)))"), Fixture),
            new Street(new StreetCode(East), "江汉二桥街道", Wkt("POLYGON ((531000 3370000, 532000 3370000, 532000 3372000, 531000 3372000, 531000 3370000))"), Fixture),
        ],
        [
            new Community(new CommunityCode("420105003001"), "琴台社区", new StreetCode(West), 3000, 1200, At(530500, 3370500),
                Wkt("POLYGON ((530200 3370200, 530800 3370200, 530800 3370800, 530200 3370800, 530200 3370200))"), Fixture),
            new Community(new CommunityCode("420105003002"), "月湖社区", new StreetCode(West), 2000, 800, At(530500, 3371500), null, Fixture),
            new Community(new CommunityCode("420105004001"), "二桥社区", new StreetCode(East), 1000, 400, At(531500, 3370500), null, Fixture),
        ],
        [new WaterBody("lake-yuehu", "月湖", WaterKind.Lake, Wkt("POLYGON ((530600 3371600, 530900 3371600, 530900 3371900, 530600 3371900, 530600 3371600))"), Fixture)],
        [new PlanningZone(new ZoneId("qintai"), "琴台文化艺术区", Wkt("POLYGON ((530000 3370000, 531000 3370000, 531000 3371000, 530000 3371000, 530000 3370000))"), ["琴台大剧院", "月湖"], Fixture)],
        [new RiverBelt(new BeltId("hanjiang"), "沿汉江文化休闲带", "汉江", Wkt("POLYGON ((530000 3371800, 532000 3371800, 532000 3372000, 530000 3372000, 530000 3371800))"), ["汉江湾"], Fixture)],
        [
            new Road(new RoadId("road-a"), "三环线", RoadClass.Expressway, Skeleton.EastWest, Skeleton.NorthSouth, true, true, false, 1, false, BuildStatus.Existing,
                (LineString)Wkt("LINESTRING (530000 3371000, 531000 3371000)"), Fixture),
            new Road(new RoadId("road-b"), "琴台大道", RoadClass.Arterial, null, null, false, false, false, 0, true, BuildStatus.Planned,
                (LineString)Wkt("LINESTRING (531000 3371000, 532000 3371000)"), Fixture),
        ],
        [
            School("fac-1", FacilityKind.PrimarySchool, 530300, 3370400),
            School("fac-2", FacilityKind.PrimarySchool, 530800, 3370500),
            School("fac-3", FacilityKind.PrimarySchool, 531700, 3371700, East),
            School("fac-4", FacilityKind.Kindergarten, 530500, 3370600),
            new Facility(new FacilityId("fac-h"), FacilityKind.Hospital, "汉阳医院", 800, CapacityUnit.Beds, BuildStatus.UnderConstruction, true, MedicalCircle.Centre,
                null, At(531500, 3371500), new Provenance(Accuracy.Approximate, "规划纲要")),
        ],
        [
            new CandidateSite(new CandidateSiteId("site-a"), "琴台备选地块", [FacilityKind.PrimarySchool, FacilityKind.Parking], ShortageArea.MoshuiLake, 12000,
                Wkt("POLYGON ((530100 3370100, 530200 3370100, 530200 3370200, 530100 3370200, 530100 3370100))"), Fixture),
        ],
        [
            new PlanTarget("new-primary-schools", FacilityKind.PrimarySchool, "新建小学9所", 9, null, null, "2021-2025", "第九章 第一节", "test"),
            new PlanTarget("physicians", null, "每千人执业医师4.74人", null, 4.74, "人/千人", "2021-2025", "第九章 第三节", "test"),
        ]);
}
