using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>The network layers (roads and water): replaced in one transaction, so readers see the old network or the new one.</summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task ReplaceNetworkAsync(IReadOnlyList<Road> roads, IReadOnlyList<WaterBody> water, CancellationToken cancellationToken)
    {
        NetworkCheck.Require(roads, water);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.Roads.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.Water.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.Roads.AddRange(roads.Select(RowMapping.ToRow));
                db.Water.AddRange(water.Select(RowMapping.ToRow));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
