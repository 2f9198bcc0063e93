namespace Hanyang.Gis.Network;

/// <summary>The result of a bounded search: what was reached within the budget, and from which origin.</summary>
public sealed class Reach
{
    private readonly Dictionary<int, int> indexOfVertex;

    internal Reach(double budgetSeconds, ReachedVertex[] vertices, ReachedArc[] arcs)
    {
        BudgetSeconds = budgetSeconds;
        Vertices = vertices;
        Arcs = arcs;
        indexOfVertex = new Dictionary<int, int>(vertices.Length);
        for (var i = 0; i < vertices.Length; i++)
        {
            indexOfVertex[vertices[i].Vertex.Value] = i;
        }
    }

    /// <summary>The budget in seconds.</summary>
    public double BudgetSeconds { get; }

    /// <summary>Reached vertices, in the order they were settled (non-decreasing time).</summary>
    public IReadOnlyList<ReachedVertex> Vertices { get; }

    /// <summary>Arcs leaving reached vertices that the profile may use, with the reachable fraction.</summary>
    public IReadOnlyList<ReachedArc> Arcs { get; }

    /// <summary>Travel time to <paramref name="vertex"/>, or +∞ when not reached within the budget.</summary>
    public double SecondsTo(VertexId vertex) =>
        indexOfVertex.TryGetValue(vertex.Value, out var i) ? Vertices[i].Seconds : double.PositiveInfinity;

    /// <summary>The reached vertex record, or null when not reached.</summary>
    public ReachedVertex? Find(VertexId vertex) =>
        indexOfVertex.TryGetValue(vertex.Value, out var i) ? Vertices[i] : null;
}
