namespace Hanyang.Gis.Network;

/// <summary>
/// Speeds by road class for one way of travelling. Road classes are small integers the graph's builder
/// assigns (the Analysis layer maps the plan's classes to them); a speed of 0 closes that class.
/// Speeds are configuration: a profile is data, not code.
/// </summary>
/// <param name="Name">A name for reports, e.g. "walk-4.5" or "drive-peak".</param>
/// <param name="Mode">Walking or driving.</param>
/// <param name="SpeedMetersPerSecondByClass">Speed for each road class index; 0 means closed.</param>
public sealed record TravelProfile(string Name, TravelMode Mode, IReadOnlyList<double> SpeedMetersPerSecondByClass)
{
    /// <summary>Converts km/h to m/s.</summary>
    public static double KilometresPerHour(double kmh) => kmh / 3.6;

    /// <summary>The speed for a class; 0 when the class is closed or beyond the list.</summary>
    public double SpeedFor(int roadClass) =>
        roadClass >= 0 && roadClass < SpeedMetersPerSecondByClass.Count ? SpeedMetersPerSecondByClass[roadClass] : 0;
}
