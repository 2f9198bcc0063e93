namespace Hanyang.Gis.Analysis.Routing;

/// <summary>What a <see cref="ProfiledNetwork"/>'s searches add up along the roads a profile may use.</summary>
public enum NetworkCost
{
    /// <summary>Travel seconds at the profile's speeds (<see cref="Network.RoadGraph.ArcSeconds"/>).</summary>
    TravelSeconds,

    /// <summary>Metres along the roads (<see cref="Network.RoadGraph.ArcMeters"/>): network distance, speeds ignored.</summary>
    LengthMeters,
}
