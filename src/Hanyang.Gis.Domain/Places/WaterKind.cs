namespace Hanyang.Gis.Domain.Places;

/// <summary>River or lake.</summary>
public enum WaterKind
{
    /// <summary>A river reach (长江, 汉江).</summary>
    River,

    /// <summary>A lake (月湖, 墨水湖, ...).</summary>
    Lake,
}
