namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The properties a layer's features can be filtered on by equality (OGC API – Features, Part 1 §7.15.5,
/// "parameters for filtering on feature properties"; listed at /collections/{id}/queryables). Each is a
/// text property of the layer's GeoJSON that both stores hold as a column of the same name; each layer's
/// list is in <see cref="PlanLayers"/>.
/// </summary>
public static class PlanQueryables
{
    /// <summary>No filter.</summary>
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();

    /// <summary>The queryable properties of <paramref name="layer"/>.</summary>
    public static IReadOnlyList<string> For(PlanLayer layer) => [.. PlanLayers.Of(layer).Queryables.Select(q => q.Name)];

    /// <summary>Throws unless every name in <paramref name="where"/> is a queryable of <paramref name="layer"/>.</summary>
    public static void Check(PlanLayer layer, IReadOnlyDictionary<string, string> where)
    {
        ArgumentNullException.ThrowIfNull(where);
        var allowed = For(layer);
        foreach (var name in where.Keys)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{name}' is not a queryable of {Identifiers.Of(layer)}; the queryables are: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))}", nameof(where));
            }
        }
    }
}
