using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Stored service circles: a (kind, mode, minutes) set is replaced in one transaction.</summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task ReplaceServiceCirclesAsync(FacilityKind kind, string mode, double minutes, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circles);
        var kindId = Identifiers.Of(kind);
        var rows = circles.Select(c =>
        {
            RequireInternal(c.Area, $"service circle {c.Id}");
            return new ServiceCircleRow
            {
                Id = c.Id, Kind = kindId, Mode = mode, Minutes = minutes, FacilityId = c.Facility?.Value, Geom = c.Area,
                ReachedMeters = c.ReachedMeters, DataVersion = c.DataVersion, ComputedAt = c.ComputedAt.ToUniversalTime(),
            };
        }).ToList();
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.ServiceCircles.Where(r => r.Kind == kindId && r.Mode == mode && r.Minutes == minutes).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.ServiceCircles.AddRange(rows);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(FacilityKind kind, string mode, double minutes, CancellationToken cancellationToken)
    {
        var kindId = Identifiers.Of(kind);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.ServiceCircles.AsNoTracking()
                .Where(r => r.Kind == kindId && r.Mode == mode && r.Minutes == minutes)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => new StoredServiceCircle(r.Id, kind, r.Mode, r.Minutes, r.FacilityId is null ? null : new FacilityId(r.FacilityId), r.Geom, r.ReachedMeters, r.DataVersion, r.ComputedAt))
                .ToArray();
        }
    }
}
