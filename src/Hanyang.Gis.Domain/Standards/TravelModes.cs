namespace Hanyang.Gis.Domain.Standards;

/// <summary>
/// The catalogue of travel modes: identifiers and Chinese labels, written once here and used by the
/// analyses (which attach speeds to the identifiers), the reports, the CLI and (through
/// <c>GET /api/travel-modes</c>) the web map.
/// </summary>
public static class TravelModes
{
    /// <summary>Identifier of walking at the standard speed.</summary>
    public const string WalkId = "walk";

    /// <summary>Identifier of walking at the pace of the elderly and young children.</summary>
    public const string WalkSlowId = "walk-slow";

    /// <summary>Identifier of driving off-peak.</summary>
    public const string DriveId = "drive";

    /// <summary>Identifier of driving in the peak hour.</summary>
    public const string DrivePeakId = "drive-peak";

    /// <summary>Every mode, walking first.</summary>
    public static IReadOnlyList<TravelModeTerm> All { get; } =
    [
        new(WalkId, "步行", null, AccessMode.Walking),
        new(WalkSlowId, "慢行", "老人/儿童", AccessMode.Walking),
        new(DriveId, "驾车", null, AccessMode.Driving),
        new(DrivePeakId, "高峰驾车", null, AccessMode.Driving),
    ];

    /// <summary>Every mode identifier, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(m => m.Id).ToArray();

    /// <summary>The mode named <paramref name="id"/>, or null for an unknown identifier.</summary>
    public static TravelModeTerm? Find(string? id) => All.FirstOrDefault(m => m.Id == id);

    /// <summary>The mode a service standard's access implies: walk for walking, drive (off-peak) for driving.</summary>
    public static TravelModeTerm For(AccessMode access) => Find(access == AccessMode.Driving ? DriveId : WalkId)!;
}
