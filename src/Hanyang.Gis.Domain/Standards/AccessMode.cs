namespace Hanyang.Gis.Domain.Standards;

/// <summary>How residents reach a facility under a service standard.</summary>
public enum AccessMode
{
    /// <summary>On foot.</summary>
    Walking,

    /// <summary>By car (ambulance, private car).</summary>
    Driving,
}
