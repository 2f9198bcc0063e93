using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Analysis.Siting;

/// <summary>
/// How demand and capacity are counted in capacitated siting. The rates are the project's planning
/// assumptions, stated here so a planner can change them: school places per 1000 residents (primary 55,
/// junior 25 — of the order of the 千人指标 that Chinese cities use for 中小学 places); the capacity of a new
/// school (primary 36 classes × 45 = 1,620 places, junior 30 × 50 = 1,500, senior high 2,000,
/// kindergarten 12 × 30 = 360, after 《城市普通中小学校校舍建设标准》 class sizes); public parking spaces per
/// 1000 residents (40) with commercial and office zones counted 1.5 times (a trip-attraction uplift); new car
/// parks of 100, 200 or 400 spaces. None of these is a figure of the Hanyang plan.
/// </summary>
/// <param name="PlacesPer1000">Demand units per 1000 residents, by kind.</param>
/// <param name="NewCapacity">Capacity of one new facility, by kind.</param>
/// <param name="ParkingSizes">Sizes a new car park may take (each a capacity option of the same site).</param>
/// <param name="CommercialZoneFactor">Multiplier of parking demand for communities in a commercial or office zone.</param>
public sealed record SitingDemand(
    IReadOnlyDictionary<FacilityKind, double> PlacesPer1000,
    IReadOnlyDictionary<FacilityKind, int> NewCapacity,
    IReadOnlyList<int> ParkingSizes,
    double CommercialZoneFactor)
{
    /// <summary>The defaults described above.</summary>
    public static SitingDemand Default { get; } = new(
        new Dictionary<FacilityKind, double>
        {
            [FacilityKind.PrimarySchool] = 55,
            [FacilityKind.JuniorMiddleSchool] = 25,
            [FacilityKind.SeniorHighSchool] = 20,
            [FacilityKind.Kindergarten] = 30,
            [FacilityKind.Parking] = 40,
        },
        new Dictionary<FacilityKind, int>
        {
            [FacilityKind.PrimarySchool] = 1620,
            [FacilityKind.JuniorMiddleSchool] = 1500,
            [FacilityKind.SeniorHighSchool] = 2000,
            [FacilityKind.Kindergarten] = 360,
            [FacilityKind.Parking] = 200,
        },
        [100, 200, 400],
        1.5);

    /// <summary>Zones counted as commercial or office for parking demand (钟家村古城商贸区, 四新新城总部区).</summary>
    public static IReadOnlySet<string> CommercialZones { get; } = new HashSet<string>(StringComparer.Ordinal) { "zhongjiacun", "sixin" };
}
