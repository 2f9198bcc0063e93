using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Routing;

/// <summary>
/// The default travel profiles. Road classes map to graph classes by their enum value. Walking closes
/// expressways; driving uses the CJJ 37-2012 《城市道路工程设计规范》 design speeds (expressway 80, arterial 60,
/// secondary 40, branch 30 km/h; local streets 20 km/h; paths closed), and a peak profile scales them.
/// These are defaults: every speed can be set by the caller.
/// </summary>
public static class TravelProfiles
{
    /// <summary>Default walking speed, 4.5 km/h (GB 50180-2018 life circles assume ≈ 75 m per minute).</summary>
    public const double DefaultWalkingKmh = 4.5;

    /// <summary>A slower walking speed for the elderly and young children, 3.0 km/h (≈ 0.83 m/s).</summary>
    public const double SlowWalkingKmh = 3.0;

    /// <summary>Share of off-peak speed kept in the peak hour (Wuhan's peak congestion index ≈ 1.7–2).</summary>
    public const double DefaultPeakFactor = 0.55;

    /// <summary>Walking at <paramref name="kmh"/> on every class but expressways.</summary>
    public static TravelProfile Walking(double kmh = DefaultWalkingKmh)
    {
        var speed = TravelProfile.KilometresPerHour(kmh);
        return new TravelProfile(FormattableString.Invariant($"walk-{kmh}"), TravelMode.Walk, ByClass(c => c == RoadClass.Expressway ? 0 : speed));
    }

    /// <summary>Driving at the CJJ 37 design speeds, multiplied by <paramref name="factor"/> (1 off-peak).</summary>
    public static TravelProfile Driving(double factor = 1.0, string name = "drive-offpeak") =>
        new(name, TravelMode.Drive, ByClass(c => TravelProfile.KilometresPerHour(DesignSpeedKmh(c)) * factor));

    /// <summary>Driving in the peak hour.</summary>
    public static TravelProfile DrivingPeak(double factor = DefaultPeakFactor) => Driving(factor, "drive-peak");

    /// <summary>The design speed of a road class in km/h (0 for paths, which cars may not use).</summary>
    public static double DesignSpeedKmh(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Expressway => 80,
        RoadClass.Arterial => 60,
        RoadClass.Secondary => 40,
        RoadClass.Branch => 30,
        RoadClass.Local => 20,
        _ => 0,
    };

    private static double[] ByClass(Func<RoadClass, double> speed) =>
        Enum.GetValues<RoadClass>().OrderBy(c => (int)c).Select(speed).ToArray();

    /// <summary>The profile named by a mode of <see cref="TravelModes"/>: walk, walk-slow, drive or drive-peak.</summary>
    /// <exception cref="FormatException">Any other name.</exception>
    public static TravelProfile Parse(string mode) => mode switch
    {
        TravelModes.WalkId => Walking(),
        TravelModes.WalkSlowId => Walking(SlowWalkingKmh),
        TravelModes.DriveId => Driving(),
        TravelModes.DrivePeakId => DrivingPeak(),
        _ => throw new FormatException($"mode '{mode}': use {string.Join(", ", TravelModes.Ids)}"),
    };

    /// <summary>
    /// How fast a mode of <see cref="TravelModes"/> travels under these defaults, in the planners' words
    /// ("4.5 km/h", "CJJ 37 设计车速 × 0.55"); null for an unknown mode.
    /// </summary>
    public static string? SpeedDescription(string mode) => mode switch
    {
        TravelModes.WalkId => FormattableString.Invariant($"{DefaultWalkingKmh} km/h"),
        TravelModes.WalkSlowId => FormattableString.Invariant($"{SlowWalkingKmh} km/h"),
        TravelModes.DriveId => "CJJ 37 设计车速",
        TravelModes.DrivePeakId => FormattableString.Invariant($"CJJ 37 设计车速 × {DefaultPeakFactor}"),
        _ => null,
    };
}
