namespace Hanyang.Gis.Data.Import.Population;

/// <summary>What the codes of a census table are.</summary>
public enum PopulationLevel
{
    /// <summary>Community (社区) codes: each row is one community's residents.</summary>
    Community,

    /// <summary>Street (街道) codes: each row is a street's total, spread to its communities.</summary>
    Street,
}
