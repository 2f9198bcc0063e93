using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>A plan layer as an OGC collection (<see cref="PlanLayers"/> says its title and queryables), read from the store.</summary>
internal sealed class PlanLayerCollection(PlanLayerInfo layer, IFeatureQueries store) : IOgcCollection
{
    /// <summary>The layer served.</summary>
    public PlanLayer Layer => layer.Layer;

    /// <inheritdoc />
    public string Id => layer.Id;

    /// <inheritdoc />
    public string Title => layer.Title;

    /// <inheritdoc />
    public string Description => layer.Description;

    /// <inheritdoc />
    public bool IsComputed => false;

    /// <inheritdoc />
    public bool HasTiles => true;

    /// <inheritdoc />
    public IReadOnlyList<OgcQueryable> Queryables { get; } = [.. layer.Queryables.Select(q => new OgcQueryable(q.Name, "string", q.Example))];

    /// <inheritdoc />
    public Envelope Extent(PlanDataset plan) => plan.District.Boundary.EnvelopeInternal;

    /// <inheritdoc />
    public async Task<OgcItemsResult> ListItemsAsync(OgcItemsQuery query, CancellationToken cancellationToken)
    {
        var page = await store.ListFeaturesAsync(layer.Layer, query.Box, query.Where, query.Offset, query.Limit, cancellationToken);
        return new OgcItemsResult([.. page.Features.Select(f => new OgcFeature(f.Geometry, f.Properties))], page.NumberMatched, page.Offset);
    }

    /// <inheritdoc />
    public async Task<OgcFeature?> FindItemAsync(string featureId, CancellationToken cancellationToken) =>
        await store.FindFeatureAsync(layer.Layer, featureId, cancellationToken) is { } f ? new OgcFeature(f.Geometry, f.Properties, f.Version) : null;
}
