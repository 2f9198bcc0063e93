namespace Hanyang.Gis.Domain.Roads;

/// <summary>Membership in the plan's 七横九纵 road skeleton (ch. 6 §2(2), note 10).</summary>
public enum Skeleton
{
    /// <summary>One of the 七横 (seven east–west roads).</summary>
    EastWest,

    /// <summary>One of the 九纵 (nine north–south roads).</summary>
    NorthSouth,
}
