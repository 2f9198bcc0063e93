using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Spatial;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Tests;

/// <summary>Small plans in local metres (EPSG:4547 around 520000, 3380000) whose answers can be worked out on paper.</summary>
internal sealed class SyntheticPlan
{
    public const double X0 = 520_000;
    public const double Y0 = 3_380_000;
    private static readonly Provenance Test = new(Accuracy.Synthetic, "test");
    private readonly List<Road> roads = [];
    private readonly List<Facility> facilities = [];
    private readonly List<Community> communities = [];

    public static Point At(double x, double y) => GeometryFactories.Internal.CreatePoint(new Coordinate(X0 + x, Y0 + y));

    /// <summary>A straight street from (x1,y1) to (x2,y2), noded every <paramref name="step"/> metres (one-way: cars drive from (x1,y1) only).</summary>
    public SyntheticPlan Street(double x1, double y1, double x2, double y2, double step = 100, RoadClass roadClass = RoadClass.Local, bool walkable = true, bool bridge = false, int layer = 0, string name = "街", bool oneWay = false)
    {
        var length = Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
        var pieces = Math.Max(1, (int)Math.Round(length / step));
        for (var i = 0; i < pieces; i++)
        {
            var (ax, ay) = (x1 + ((x2 - x1) * i / pieces), y1 + ((y2 - y1) * i / pieces));
            var (bx, by) = (x1 + ((x2 - x1) * (i + 1) / pieces), y1 + ((y2 - y1) * (i + 1) / pieces));
            var line = GeometryFactories.Internal.CreateLineString([new Coordinate(X0 + ax, Y0 + ay), new Coordinate(X0 + bx, Y0 + by)]);
            roads.Add(new Road(new RoadId($"r{roads.Count}"), name, roadClass, null, null, oneWay, bridge, false, layer, walkable, BuildStatus.Existing, line, Test));
        }

        return this;
    }

    public SyntheticPlan School(string id, double x, double y, FacilityKind kind = FacilityKind.PrimarySchool)
    {
        facilities.Add(new Facility(new FacilityId(id), kind, id, 1000, CapacityUnit.Seats, BuildStatus.Existing, false, null, new StreetCode("420105001000"), At(x, y), Test));
        return this;
    }

    public SyntheticPlan Community(string code, double x, double y, int population, string street = "420105001000")
    {
        communities.Add(new Community(new CommunityCode(code), code, new StreetCode(street), population, population / 2, At(x, y), null, Test));
        return this;
    }

    /// <summary>A community with an area: the rectangle (x1,y1)–(x2,y2), its point at the rectangle's centre.</summary>
    public SyntheticPlan AreaCommunity(string code, double x1, double y1, double x2, double y2, int population, string street = "420105001000")
    {
        var area = GeometryFactories.FromWkt(FormattableString.Invariant($"POLYGON (({X0 + x1} {Y0 + y1}, {X0 + x2} {Y0 + y1}, {X0 + x2} {Y0 + y2}, {X0 + x1} {Y0 + y2}, {X0 + x1} {Y0 + y1}))"), Srid.Internal);
        communities.Add(new Community(new CommunityCode(code), code, new StreetCode(street), population, population / 2, At((x1 + x2) / 2, (y1 + y2) / 2), area, Test));
        return this;
    }

    public PlanDataset Build()
    {
        var square = GeometryFactories.FromWkt(FormattableString.Invariant($"POLYGON (({X0 - 5000} {Y0 - 5000}, {X0 + 5000} {Y0 - 5000}, {X0 + 5000} {Y0 + 5000}, {X0 - 5000} {Y0 + 5000}, {X0 - 5000} {Y0 - 5000}))"), Srid.Internal);
        var west = GeometryFactories.FromWkt(FormattableString.Invariant($"POLYGON (({X0 - 5000} {Y0 - 5000}, {X0 + 400} {Y0 - 5000}, {X0 + 400} {Y0 + 5000}, {X0 - 5000} {Y0 + 5000}, {X0 - 5000} {Y0 - 5000}))"), Srid.Internal);
        return new PlanDataset(
            new District("420105", "汉阳区", square, Test),
            [new Street(new StreetCode("420105001000"), "一街道", square, Test), new Street(new StreetCode("420105002000"), "二街道", square, Test)],
            communities,
            [],
            [new PlanningZone(new ZoneId("sixin"), "四新新城总部区", west, [], Test)],
            [],
            roads,
            facilities,
            [],
            []);
    }
}
