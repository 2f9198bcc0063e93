namespace Hanyang.Gis.Network;

/// <summary>How people travel; decides which arcs a profile may use.</summary>
public enum TravelMode
{
    /// <summary>On foot: arcs with <see cref="ArcAccess.Walk"/>, in both directions of an edge.</summary>
    Walk,

    /// <summary>By car: arcs with <see cref="ArcAccess.Drive"/> (one-way streets have it in one direction only).</summary>
    Drive,
}
