using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>Facilities and water: which tags (and, where the tags are coarse, which Chinese names) make which.</summary>
public static partial class OsmTagMapping
{
    /// <summary>
    /// The facility kind of an element with these tags, or null (with <paramref name="skipReason"/> when it
    /// looked like a facility but is none the plan counts). amenity=kindergarten or a school named …幼儿园 →
    /// kindergarten; amenity=school named …小学 → primary-school, …高中/…高级中学 → senior-high-school, any other
    /// …中学 (or …初中) → junior-middle-school (most 中学 in Wuhan teach the 初中 years; a 完全中学 is counted
    /// once, as junior); else isced:level 1/2/3. amenity=hospital/clinic/doctors named …卫生服务中心 →
    /// community-health-center, …卫生服务站 → community-health-station; amenity=hospital or a name with 医院 →
    /// hospital; other clinics (private 诊所) are skipped. amenity=social_facility for seniors (or a nursing
    /// home, or named 养老/敬老/老年) and amenity=nursing_home → elderly-care. amenity=parking not private →
    /// parking. leisure=park → park; leisure=sports_centre/pitch/stadium → sports.
    /// </summary>
    public static FacilityKind? Facility(IReadOnlyDictionary<string, string> tags, out string? skipReason)
    {
        ArgumentNullException.ThrowIfNull(tags);
        skipReason = null;
        var name = FacilityName(tags) ?? string.Empty;
        var amenity = Tag(tags, "amenity");
        switch (amenity)
        {
            case "kindergarten":
                return FacilityKind.Kindergarten;
            case "school":
                return SchoolKind(name, Tag(tags, "isced:level")) ?? Skip("schools whose name or isced:level does not say primary, junior or senior", out skipReason);
            case "hospital" or "clinic" or "doctors":
                return HealthKind(name, amenity) ?? Skip("clinics not named 卫生服务中心, 卫生服务站 or 医院", out skipReason);
            case "nursing_home":
                return FacilityKind.ElderlyCare;
            case "social_facility":
                return Tag(tags, "social_facility:for") == "senior" || Tag(tags, "social_facility") is "nursing_home" or "assisted_living"
                    || name.Contains("养老", StringComparison.Ordinal) || name.Contains("敬老", StringComparison.Ordinal) || name.Contains("老年", StringComparison.Ordinal)
                    ? FacilityKind.ElderlyCare
                    : Skip("social facilities not for the elderly", out skipReason);
            case "parking":
                return Tag(tags, "access") is "private" or "customers" or "no" ? Skip("private car parks", out skipReason) : FacilityKind.Parking;
        }

        return Tag(tags, "leisure") switch
        {
            "park" => FacilityKind.Park,
            "sports_centre" or "pitch" or "stadium" => FacilityKind.Sports,
            _ => null,
        };
    }

    /// <summary>A facility's name: name, else name:zh; null when it has none.</summary>
    public static string? FacilityName(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return Tag(tags, "name") ?? Tag(tags, "name:zh");
    }

    /// <summary>The name given to an unnamed facility of <paramref name="kind"/>.</summary>
    public static string UnnamedFacility(FacilityKind kind) => FacilityKinds.NameZh(kind) + "（未命名）";

    /// <summary>
    /// The water an area with these tags is, or null: natural=water, any water=*, or waterway=riverbank.
    /// water=river/canal/stream/oxbow and waterway=riverbank are rivers; the rest (lakes, ponds, reservoirs) lakes.
    /// </summary>
    public static WaterKind? Water(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var water = Tag(tags, "water");
        var riverbank = Tag(tags, "waterway") == "riverbank";
        if (!riverbank && water is null && Tag(tags, "natural") != "water")
        {
            return null;
        }

        return riverbank || water is "river" or "canal" or "stream" or "oxbow" ? WaterKind.River : WaterKind.Lake;
    }

    private static FacilityKind? SchoolKind(string name, string? iscedLevel)
    {
        if (name.Contains("幼儿园", StringComparison.Ordinal))
        {
            return FacilityKind.Kindergarten;
        }

        if (name.Contains("小学", StringComparison.Ordinal))
        {
            return FacilityKind.PrimarySchool;
        }

        if (name.Contains("高中", StringComparison.Ordinal) || name.Contains("高级中学", StringComparison.Ordinal))
        {
            return FacilityKind.SeniorHighSchool;
        }

        if (name.Contains("中学", StringComparison.Ordinal) || name.Contains("初中", StringComparison.Ordinal))
        {
            return FacilityKind.JuniorMiddleSchool;
        }

        return iscedLevel switch
        {
            "0" => FacilityKind.Kindergarten,
            "1" => FacilityKind.PrimarySchool,
            "2" => FacilityKind.JuniorMiddleSchool,
            "3" => FacilityKind.SeniorHighSchool,
            _ => null,
        };
    }

    private static FacilityKind? HealthKind(string name, string amenity)
    {
        if (name.Contains("卫生服务中心", StringComparison.Ordinal))
        {
            return FacilityKind.CommunityHealthCenter;
        }

        if (name.Contains("卫生服务站", StringComparison.Ordinal))
        {
            return FacilityKind.CommunityHealthStation;
        }

        return amenity == "hospital" || name.Contains("医院", StringComparison.Ordinal) ? FacilityKind.Hospital : null;
    }

    private static FacilityKind? Skip(string reason, out string? skipReason)
    {
        skipReason = reason;
        return null;
    }
}
