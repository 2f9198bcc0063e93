using System.Globalization;

namespace Hanyang.Gis.Spatial;

/// <summary>A coordinate lies outside the valid range of its coordinate reference system (or of a plausible extent).</summary>
public sealed class CoordinateOutOfRangeException(string? subject, int coordinateIndex, string axis, double value, double minimum, double maximum, string rangeName)
    : GeometryRejectedException(subject, string.Create(CultureInfo.InvariantCulture,
        $"coordinate {coordinateIndex}: {axis} {value:0.#######} is out of range for {rangeName} ({minimum:0.#######} to {maximum:0.#######})"))
{
    /// <summary>Zero-based index of the offending coordinate within the geometry.</summary>
    public int CoordinateIndex { get; } = coordinateIndex;

    /// <summary>The axis name ("longitude", "easting", ...).</summary>
    public string Axis { get; } = axis;

    /// <summary>The offending value.</summary>
    public double Value { get; } = value;

    /// <summary>Smallest allowed value.</summary>
    public double Minimum { get; } = minimum;

    /// <summary>Largest allowed value.</summary>
    public double Maximum { get; } = maximum;
}
