namespace Hanyang.Gis.Domain;

/// <summary>Whether a facility or road exists, is being built, or is only planned. Identifiers: existing, under-construction, planned.</summary>
public enum BuildStatus
{
    /// <summary>In service.</summary>
    Existing,

    /// <summary>Under construction (在建).</summary>
    UnderConstruction,

    /// <summary>Planned (规划).</summary>
    Planned,
}
