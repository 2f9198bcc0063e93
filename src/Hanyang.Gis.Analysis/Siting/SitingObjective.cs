namespace Hanyang.Gis.Analysis.Siting;

/// <summary>What the new sites should achieve.</summary>
public enum SitingObjective
{
    /// <summary>Maximal covering: the most residents (or school places) newly within the budget (MCLP).</summary>
    MaxCoverage,

    /// <summary>Set covering: the fewest new sites so every community is within the budget (LSCP).</summary>
    MinFacilities,

    /// <summary>p-median: the least population-weighted travel time to the nearest school or facility.</summary>
    PMedian,
}
