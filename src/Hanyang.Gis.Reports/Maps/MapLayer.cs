namespace Hanyang.Gis.Reports.Maps;

/// <summary>
/// A layer a printed map can show; the identifiers (kebab-case, via <c>Identifiers</c>) are the ones
/// <c>hanyang render --layers</c> takes and mostly the web map's collection ids.
/// </summary>
public enum MapLayer
{
    /// <summary>The district boundary (区界).</summary>
    District,

    /// <summary>Street boundaries and names (街道).</summary>
    Streets,

    /// <summary>Residential communities, sized by population (社区).</summary>
    Communities,

    /// <summary>Rivers and lakes (水系).</summary>
    Water,

    /// <summary>The four functional zones (功能分区).</summary>
    Zones,

    /// <summary>The two river belts (两带).</summary>
    Belts,

    /// <summary>Roads the web map shows by default: expressways, arterials, secondary roads and branch roads.</summary>
    Roads,

    /// <summary>Local streets and paths as well (街坊路、步行道), which crowd a district-wide map.</summary>
    LocalRoads,

    /// <summary>Facilities by kind (设施).</summary>
    Facilities,

    /// <summary>Candidate sites for new facilities (备选地块).</summary>
    CandidateSites,

    /// <summary>A coverage result: communities coloured covered/uncovered and the dissolved service circles.</summary>
    Coverage,

    /// <summary>Sites chosen by a siting run (新选址).</summary>
    Sites,
}
