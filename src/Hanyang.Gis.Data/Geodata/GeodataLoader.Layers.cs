using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Geodata;

/// <summary>The per-layer mappings from GeoJSON properties (snake_case) to the domain.</summary>
public static partial class GeodataLoader
{
    private static readonly Point NoPoint = Spatial.GeometryFactories.Internal.CreatePoint();
    private static readonly LineString NoLine = Spatial.GeometryFactories.Internal.CreateLineString();

    private static District ReadDistrict(FeatureReader r, Geometry g) =>
        new(r.String("id"), r.String("name"), Areal(r, g), r.Provenance());

    private static Street ReadStreet(FeatureReader r, Geometry g)
    {
        var code = Code(r, "code");
        if (r.Feature.Id is { } id && id != code)
        {
            r.Problem($"id: '{id}' differs from code '{code}'; a street's id is its code");
        }

        return new Street(new StreetCode(code), r.String("name"), Areal(r, g), r.Provenance());
    }

    private static Community ReadCommunity(FeatureReader r, Geometry g)
    {
        var population = r.Int("population", minimum: 0);
        var households = r.OptionalInt("households", minimum: 0) ?? (int)Math.Round(population / 2.47);
        var (location, area) = g is Polygon or MultiPolygon ? (g.InteriorPoint, g) : (PointOf(r, g), null);
        return new Community(
            new CommunityCode(Code(r, "code")),
            r.String("name"),
            new StreetCode(Code(r, "street_code")),
            population,
            households,
            location,
            area,
            r.Provenance(),
            PopulationSourceOf(r));
    }

    /// <summary>
    /// population_source and population_year when given; the bundled plan's populations, marked
    /// population_accuracy "synthetic", are labelled as synthetic rather than left unexplained.
    /// </summary>
    private static PopulationSource? PopulationSourceOf(FeatureReader r)
    {
        var year = r.OptionalInt("population_year", minimum: 1900);
        if (r.OptionalString("population_source") is { } source)
        {
            return new PopulationSource(source, year, []);
        }

        return r.OptionalString("population_accuracy") == "synthetic" ? PopulationSource.Synthetic with { Year = year } : null;
    }

    private static WaterBody ReadWater(FeatureReader r, Geometry g) =>
        new(r.String("id"), r.String("name"), r.Enum<WaterKind>("kind"), Areal(r, g), r.Provenance());

    private static PlanningZone ReadZone(FeatureReader r, Geometry g)
    {
        var id = new ZoneId(r.String("id"));
        if (!ZoneId.PlanZones.Contains(id))
        {
            r.Problem($"id: '{id}' is not one of the plan's zones ({string.Join(", ", ZoneId.PlanZones)})");
        }

        return new PlanningZone(id, r.String("name"), Areal(r, g), r.StringArray("parts", required: false), r.Provenance());
    }

    private static RiverBelt ReadBelt(FeatureReader r, Geometry g)
    {
        var id = new BeltId(r.String("id"));
        if (!BeltId.PlanBelts.Contains(id))
        {
            r.Problem($"id: '{id}' is not one of the plan's belts ({string.Join(", ", BeltId.PlanBelts)})");
        }

        return new RiverBelt(id, r.String("name"), r.String("river"), Areal(r, g), r.StringArray("parts", required: false), r.Provenance());
    }

    private static Road ReadRoad(FeatureReader r, Geometry g)
    {
        var layer = r.Int("layer");
        if (layer is < -3 or > 3)
        {
            r.Problem($"layer: {layer} is not a plausible grade level (-3 to 3)");
        }

        return new Road(
            new RoadId(r.String("id")),
            r.String("name"),
            r.Enum<RoadClass>("class"),
            r.OptionalEnum<Skeleton>("skeleton"),
            r.OptionalEnum<Skeleton>("skeleton_also"),
            r.Bool("oneway"),
            r.Bool("bridge"),
            r.Bool("tunnel"),
            layer,
            r.Bool("walkable"),
            r.OptionalEnum<BuildStatus>("status") ?? BuildStatus.Existing,
            LineOf(r, g),
            r.Provenance());
    }

    private static Facility ReadFacility(FeatureReader r, Geometry g)
    {
        var kind = r.Enum<FacilityKind>("kind");
        var capacity = r.OptionalInt("capacity", minimum: 0);
        var unit = r.OptionalEnum<CapacityUnit>("capacity_unit");
        if (capacity is not null && unit is null)
        {
            r.Problem($"capacity_unit: missing; a capacity needs its unit ({string.Join(", ", Identifiers.All<CapacityUnit>())})");
        }

        var street = r.OptionalString("street_code");
        return new Facility(
            new FacilityId(r.String("id")),
            kind,
            r.String("name"),
            capacity,
            unit,
            r.Enum<BuildStatus>("status"),
            r.OptionalBool("named_in_plan", fallback: false),
            r.OptionalEnum<MedicalCircle>("medical_circle"),
            street is null ? null : new StreetCode(street),
            PointOf(r, g),
            r.Provenance());
    }

    private static CandidateSite ReadCandidateSite(FeatureReader r, Geometry g)
    {
        if (g is not (Point or Polygon or MultiPolygon))
        {
            r.Problem($"geometry: a candidate site is a Point or Polygon, not a {g.GeometryType}");
        }

        return new CandidateSite(
            new CandidateSiteId(r.String("id")),
            r.String("name"),
            r.EnumArray<FacilityKind>("suitable_kinds"),
            r.Enum<ShortageArea>("shortage_area"),
            r.OptionalInt("area_m2", minimum: 1),
            g,
            r.Provenance());
    }

    private static PlanTarget ReadTarget(FeatureReader r) =>
        new(
            r.String("id"),
            r.OptionalEnum<FacilityKind>("kind"),
            r.String("description"),
            r.OptionalInt("target_count", minimum: 0),
            r.OptionalDouble("target_value"),
            r.OptionalString("unit"),
            r.String("period"),
            r.String("chapter"),
            r.String("source"));

    private static void CheckReferences(List<Street> streets, List<Community> communities, List<Facility> facilities, List<GeodataProblem> problems)
    {
        var codes = streets.Select(s => s.Code).ToHashSet();
        if (codes.Count == 0)
        {
            return;
        }

        foreach (var (community, index) in communities.Select((c, i) => (c, i)).Where(x => !codes.Contains(x.c.Street)))
        {
            problems.Add(new GeodataProblem(GeodataLayers.Communities, index, community.Code.Value, $"street_code: '{community.Street}' is not a street in {GeodataLayers.Streets}"));
        }

        foreach (var facility in facilities.Where(f => f.Street is { } s && !codes.Contains(s)))
        {
            problems.Add(new GeodataProblem(GeodataLayers.Facilities, null, facility.Id.Value, $"street_code: '{facility.Street}' is not a street in {GeodataLayers.Streets}"));
        }
    }

    private static string Code(FeatureReader r, string name)
    {
        var code = r.String(name);
        if (code.Length > 0 && (code.Length != 12 || !code.All(char.IsAsciiDigit)))
        {
            r.Problem($"{name}: '{code}' is not a 12-digit division code");
        }

        return code;
    }

    private static Geometry Areal(FeatureReader r, Geometry g)
    {
        if (g is Polygon or MultiPolygon)
        {
            return g;
        }

        r.Problem($"geometry: expected a Polygon or MultiPolygon, found a {g.GeometryType}");
        return g;
    }

    private static Point PointOf(FeatureReader r, Geometry g)
    {
        if (g is Point p)
        {
            return p;
        }

        r.Problem($"geometry: expected a Point, found a {g.GeometryType}");
        return NoPoint;
    }

    private static LineString LineOf(FeatureReader r, Geometry g)
    {
        if (g is LineString line)
        {
            return line;
        }

        r.Problem($"geometry: expected a LineString (roads are noded segments), found a {g.GeometryType}");
        return NoLine;
    }
}
