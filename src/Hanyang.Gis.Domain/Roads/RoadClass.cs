namespace Hanyang.Gis.Domain.Roads;

/// <summary>Road class, following the plan's 快-主-次-支 hierarchy plus local streets and paths.</summary>
public enum RoadClass
{
    /// <summary>快速路: grade-separated, closed to pedestrians.</summary>
    Expressway,

    /// <summary>主干路.</summary>
    Arterial,

    /// <summary>次干路.</summary>
    Secondary,

    /// <summary>支路.</summary>
    Branch,

    /// <summary>Local residential streets (街坊路).</summary>
    Local,

    /// <summary>Footpaths and greenway paths (步行道, 绿道).</summary>
    Path,
}
