namespace Hanyang.Gis.Network;

/// <summary>Who may use an arc (one direction of an edge).</summary>
[Flags]
public enum ArcAccess : byte
{
    /// <summary>Nobody.</summary>
    None = 0,

    /// <summary>Pedestrians.</summary>
    Walk = 1,

    /// <summary>Cars, in this direction.</summary>
    Drive = 2,
}
