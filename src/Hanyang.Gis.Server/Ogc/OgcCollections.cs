using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Analysis;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>
/// The feature collections the OGC API serves, in order: one per plan layer (<see cref="PlanLayers"/>), then the
/// service circles. A new collection is one more <see cref="IOgcCollection"/> here.
/// </summary>
internal sealed class OgcCollections(IFeatureQueries store, AnalysisService analysis)
{
    /// <summary>Every collection, in the order /collections lists them.</summary>
    public IReadOnlyList<IOgcCollection> All { get; } =
        [.. PlanLayers.All.Select(l => new PlanLayerCollection(l, store)), new ServiceCircleCollection(analysis)];

    /// <summary>The collection <paramref name="id"/>, or null.</summary>
    public IOgcCollection? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
