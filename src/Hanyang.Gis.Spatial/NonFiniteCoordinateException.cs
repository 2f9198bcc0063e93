namespace Hanyang.Gis.Spatial;

/// <summary>A coordinate is NaN or infinite.</summary>
public sealed class NonFiniteCoordinateException(string? subject, int coordinateIndex, string axis, double value)
    : GeometryRejectedException(subject, $"coordinate {coordinateIndex}: {axis} is {Format(value)}, not a finite number")
{
    /// <summary>Zero-based index of the offending coordinate within the geometry.</summary>
    public int CoordinateIndex { get; } = coordinateIndex;

    /// <summary>The axis name ("longitude", "northing", ...).</summary>
    public string Axis { get; } = axis;

    private static string Format(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
}
