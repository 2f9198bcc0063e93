namespace Hanyang.Gis.Analysis.Targets;

/// <summary>Which facilities in the data count towards a plan target.</summary>
public enum TargetBasis
{
    /// <summary>"新建/新增 N 所": facilities planned or under construction (new ones in the pipeline).</summary>
    NewFacilities,

    /// <summary>"推进 N 所在建": facilities under construction.</summary>
    UnderConstruction,

    /// <summary>"全覆盖/每个街道/至少 N": facilities that exist.</summary>
    Existing,

    /// <summary>A rate or per-capita figure: the data holds no current value, so there is no progress to show.</summary>
    Indicator,
}
