namespace Hanyang.Gis.Spatial;

/// <summary>
/// A geometry, or one of its parts, has no coordinates (e.g. <c>{"type":"MultiPolygon","coordinates":[]}</c>):
/// it gives neither a point nor an area to analyse, so it is refused before it reaches a store.
/// </summary>
public sealed class EmptyGeometryException(string? subject, string geometryType, int? part)
    : GeometryRejectedException(subject, part is null
        ? $"the {geometryType} is empty: it has no coordinates"
        : $"part {part} of the {geometryType} is empty: every part needs coordinates")
{
    /// <summary>The geometry type, e.g. "MultiPolygon".</summary>
    public string GeometryType { get; } = geometryType;

    /// <summary>The 0-based index of the empty part of a collection; null when the whole geometry is empty.</summary>
    public int? Part { get; } = part;
}
