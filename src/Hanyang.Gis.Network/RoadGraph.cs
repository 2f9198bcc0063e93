namespace Hanyang.Gis.Network;

/// <summary>
/// An immutable directed road graph in compressed sparse row form (struct of arrays). Every undirected
/// edge has up to two arcs; an arc stores its head vertex, length, road class, access flags and edge.
/// Memory: 4 bytes per vertex plus 14 per arc (2 arcs per two-way edge), plus the cost arrays of the
/// profiles in use (8 bytes per arc each).
/// </summary>
public sealed partial class RoadGraph
{
    private readonly int[] firstArc;
    private readonly int[] arcHead;
    private readonly float[] arcLengthMeters;
    private readonly byte[] arcClass;
    private readonly ArcAccess[] arcAccess;
    private readonly int[] arcEdge;
    private readonly float[] edgeLengthMeters;

    internal RoadGraph(int[] firstArc, int[] arcHead, float[] arcLengthMeters, byte[] arcClass, ArcAccess[] arcAccess, int[] arcEdge, float[] edgeLengthMeters)
    {
        this.firstArc = firstArc;
        this.arcHead = arcHead;
        this.arcLengthMeters = arcLengthMeters;
        this.arcClass = arcClass;
        this.arcAccess = arcAccess;
        this.arcEdge = arcEdge;
        this.edgeLengthMeters = edgeLengthMeters;
    }

    /// <summary>Number of vertices.</summary>
    public int VertexCount => firstArc.Length - 1;

    /// <summary>Number of arcs (directed).</summary>
    public int ArcCount => arcHead.Length;

    /// <summary>Number of undirected edges.</summary>
    public int EdgeCount => edgeLengthMeters.Length;

    /// <summary>Bytes held by the graph's own arrays (excluding profile cost arrays).</summary>
    public long MemoryBytes =>
        (firstArc.Length * 4L) + (arcHead.Length * 4L) + (arcLengthMeters.Length * 4L) + arcClass.Length + arcAccess.Length + (arcEdge.Length * 4L) + (edgeLengthMeters.Length * 4L);

    /// <summary>The length of an edge in metres.</summary>
    public double EdgeLengthMeters(EdgeId edge) => edgeLengthMeters[edge.Value];

    /// <summary>The arcs leaving <paramref name="vertex"/>, as indices into the arc arrays.</summary>
    public Range ArcsFrom(VertexId vertex) => firstArc[vertex.Value]..firstArc[vertex.Value + 1];

    /// <summary>The vertex an arc leads to.</summary>
    public VertexId ArcHead(int arc) => new(arcHead[arc]);

    /// <summary>The edge an arc belongs to.</summary>
    public EdgeId ArcEdge(int arc) => new(arcEdge[arc]);

    /// <summary>An arc's length in metres.</summary>
    public double ArcLengthMeters(int arc) => arcLengthMeters[arc];

    /// <summary>Who may use an arc.</summary>
    public ArcAccess ArcAccessOf(int arc) => arcAccess[arc];

    /// <summary>
    /// Travel time in seconds of every arc under <paramref name="profile"/>; +∞ where the profile may not
    /// use the arc (wrong access, or a closed class).
    /// </summary>
    public double[] ArcSeconds(TravelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var required = profile.Mode == TravelMode.Walk ? ArcAccess.Walk : ArcAccess.Drive;
        var seconds = new double[arcHead.Length];
        for (var a = 0; a < seconds.Length; a++)
        {
            var speed = profile.SpeedFor(arcClass[a]);
            seconds[a] = (arcAccess[a] & required) != 0 && speed > 0 ? arcLengthMeters[a] / speed : double.PositiveInfinity;
        }

        return seconds;
    }

    /// <summary>
    /// Length in metres of every arc <paramref name="profile"/> may use, +∞ where it may not: the distance
    /// cost, so a search over it measures network metres along the roads that profile travels.
    /// </summary>
    public double[] ArcMeters(TravelProfile profile)
    {
        var seconds = ArcSeconds(profile);
        var meters = new double[seconds.Length];
        for (var a = 0; a < meters.Length; a++)
        {
            meters[a] = double.IsPositiveInfinity(seconds[a]) ? double.PositiveInfinity : arcLengthMeters[a];
        }

        return meters;
    }

    internal ReadOnlySpan<int> FirstArcs => firstArc;

    internal ReadOnlySpan<int> Heads => arcHead;
}
