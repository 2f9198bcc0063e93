namespace Hanyang.Gis.Domain.Facilities;

/// <summary>The unit a facility's capacity is counted in.</summary>
public enum CapacityUnit
{
    /// <summary>School or kindergarten places (学位).</summary>
    Seats,

    /// <summary>Beds (床位): hospitals, health centres, elderly care.</summary>
    Beds,

    /// <summary>Parking spaces (泊位).</summary>
    Spaces,

    /// <summary>Land area in square metres (用地面积): parks and sports grounds.</summary>
    SquareMetres,
}
