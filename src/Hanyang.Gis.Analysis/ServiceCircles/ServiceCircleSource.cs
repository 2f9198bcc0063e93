namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>Where a set of service circles handed out by <see cref="ServiceCircleCache"/> came from.</summary>
public enum ServiceCircleSource
{
    /// <summary>Read from the plan store, computed earlier from the same roads and facilities.</summary>
    Store,

    /// <summary>Held in memory since an earlier request, computed from the same roads and facilities.</summary>
    Memory,

    /// <summary>Computed now and kept in memory only (not a standard budget).</summary>
    Computed,

    /// <summary>Computed now and kept in the plan store (a standard budget).</summary>
    ComputedAndStored,
}
