using Hanyang.Gis.Domain.Places;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Communities replaced as one layer (a population or area import), in one transaction.</summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task ReplaceCommunitiesAsync(IReadOnlyList<Community> communities, CancellationToken cancellationToken)
    {
        CommunityCheck.Require(communities);
        var rows = communities.Select(RowMapping.ToRow).ToList();
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.Communities.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.Communities.AddRange(rows);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
