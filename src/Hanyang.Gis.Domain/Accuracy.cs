namespace Hanyang.Gis.Domain;

/// <summary>How far a feature can be trusted. Every feature carries one; the map shows it.</summary>
public enum Accuracy
{
    /// <summary>From an official publication or registry (e.g. National Bureau of Statistics codes).</summary>
    Official,

    /// <summary>Traced or derived from a real reference dataset (e.g. OpenStreetMap), within a few metres to tens of metres.</summary>
    Reference,

    /// <summary>Placed or digitised by hand from general knowledge; positions good to a few hundred metres.</summary>
    Approximate,

    /// <summary>Generated (e.g. a grid of local streets, an allocation of population): not an observation.</summary>
    Synthetic,
}
