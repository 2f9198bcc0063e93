namespace Hanyang.Gis.Network;

/// <summary>An undirected road edge of a <see cref="RoadGraph"/> (one noded road segment); its two arcs share it.</summary>
/// <param name="Value">Zero-based index, in the order edges were added to the builder.</param>
public readonly record struct EdgeId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => $"e{Value}";
}
