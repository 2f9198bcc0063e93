namespace Hanyang.Gis.Network;

/// <summary>A vertex (road junction or dead end) of a <see cref="RoadGraph"/>.</summary>
/// <param name="Value">Zero-based index.</param>
public readonly record struct VertexId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => $"v{Value}";
}
