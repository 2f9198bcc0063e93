using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Imported layers: saved or replaced in one transaction, so readers see the old layer or the new one, never a mix.</summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task SaveImportedLayerAsync(ImportedLayer layer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentException.ThrowIfNullOrWhiteSpace(layer.Name);
        var features = new List<ImportedFeatureRow>(layer.Features.Count);
        foreach (var (feature, ordinal) in layer.Features.Select((f, i) => (f, i)))
        {
            RequireInternal(feature.Geometry, $"layer '{layer.Name}', feature {ordinal}");
            var (json, doubles) = ImportedAttributes.Write(feature.Attributes);
            features.Add(new ImportedFeatureRow { LayerName = layer.Name, Ordinal = ordinal, Geom = feature.Geometry, Attributes = json, DoubleAttributes = doubles });
        }

        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.ImportedFeatures.Where(r => r.LayerName == layer.Name).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.ImportedLayers.Where(r => r.Name == layer.Name).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.ImportedLayers.Add(new ImportedLayerRow { Name = layer.Name, SourceFile = layer.SourceFile, SourceCrs = layer.SourceCrs });
                db.ImportedFeatures.AddRange(features);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListImportedLayerNamesAsync(CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var names = await db.ImportedLayers.AsNoTracking().Select(r => r.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
            return names.Order(StringComparer.Ordinal).ToList().AsReadOnly();
        }
    }

    /// <inheritdoc />
    public async Task<ImportedLayer?> FindImportedLayerAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var layer = await db.ImportedLayers.AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, cancellationToken).ConfigureAwait(false);
            if (layer is null)
            {
                return null;
            }

            var rows = await db.ImportedFeatures.AsNoTracking().Where(r => r.LayerName == name).OrderBy(r => r.Ordinal).ToListAsync(cancellationToken).ConfigureAwait(false);
            var features = rows.Select(r => new ImportedFeature(r.Geom, ImportedAttributes.Read(r.Attributes, r.DoubleAttributes))).ToList().AsReadOnly();
            return new ImportedLayer(layer.Name, layer.SourceFile, layer.SourceCrs, features);
        }
    }
}
