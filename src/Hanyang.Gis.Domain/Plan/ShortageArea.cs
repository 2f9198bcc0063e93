namespace Hanyang.Gis.Domain.Plan;

/// <summary>The school-shortage areas the plan names (ch. 9 §1), plus the high-speed-rail redevelopment.</summary>
public enum ShortageArea
{
    /// <summary>四新地区.</summary>
    Sixin,

    /// <summary>龙阳大道以西 (west of Longyang Avenue).</summary>
    WestOfLongyang,

    /// <summary>墨水湖沿岸 (Moshui Lake shores).</summary>
    MoshuiLake,

    /// <summary>高铁产城融合区 "七村一场" redevelopment.</summary>
    Hsr,
}
