namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The layers a plan store serves. Identifiers (<see cref="Identifiers.Of{TEnum}"/>) are the collection
/// names of the API and the layer names of the CLI: district, streets, communities, water, zones, belts,
/// roads, facilities, candidate-sites.
/// </summary>
public enum PlanLayer
{
    /// <summary>The district outline.</summary>
    District,

    /// <summary>Streets (街道).</summary>
    Streets,

    /// <summary>Communities (社区).</summary>
    Communities,

    /// <summary>Rivers and lakes.</summary>
    Water,

    /// <summary>The four zones.</summary>
    Zones,

    /// <summary>The two river belts.</summary>
    Belts,

    /// <summary>The road network.</summary>
    Roads,

    /// <summary>Service facilities.</summary>
    Facilities,

    /// <summary>Candidate sites.</summary>
    CandidateSites,
}
