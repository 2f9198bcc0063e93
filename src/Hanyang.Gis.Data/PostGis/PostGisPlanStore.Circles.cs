using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Stored service circles: a set is replaced in one transaction that first takes a transaction-scoped
/// advisory lock on the set's key, so processes replacing the same set at the same moment take turns
/// (one complete set wins) instead of racing on the primary key.
/// </summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task ReplaceServiceCirclesAsync(ServiceCircleSetKey circleSet, IReadOnlyList<StoredServiceCircle> circles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circles);
        var kindId = Identifiers.Of(circleSet.Kind);
        var rows = circles.Select(c =>
        {
            RequireInternal(c.Area, $"service circle {c.Id}");
            return new ServiceCircleRow
            {
                Id = c.Id, Kind = kindId, Mode = circleSet.Mode, Minutes = circleSet.Minutes, FacilityId = c.Facility?.Value, Geom = c.Area,
                ReachedMeters = c.ReachedMeters, DataVersion = c.DataVersion, ComputedAt = c.ComputedAt.ToUniversalTime(),
            };
        }).ToList();

        // Rows within half a step of the budget are this set too: earlier versions stored budgets unrounded
        // (12.0001 under the id of 12), and they must go with the set or their ids collide.
        var (low, high) = (circleSet.Minutes - (ServiceCircleSetKey.MinutesStep / 2), circleSet.Minutes + (ServiceCircleSetKey.MinutesStep / 2));
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({PlanTables.ServiceCircles}), hashtext({circleSet.ToString()}))", cancellationToken).ConfigureAwait(false);
                await db.ServiceCircles.Where(r => r.Kind == kindId && r.Mode == circleSet.Mode && r.Minutes >= low && r.Minutes < high).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.ServiceCircles.AddRange(rows);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<int> PruneServiceCirclesAsync(Func<ServiceCircleSetKey, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var sets = await db.ServiceCircles.Select(r => new { r.Kind, r.Mode, r.Minutes }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var doomed = sets.Where(s => !(Identifiers.TryParse<FacilityKind>(s.Kind, out var kind)
                && ServiceCircleSetKey.TryCreate(kind, s.Mode, s.Minutes, out var set) && set.Minutes == s.Minutes && keep(set))).ToList();
            foreach (var s in doomed)
            {
                await db.ServiceCircles.Where(r => r.Kind == s.Kind && r.Mode == s.Mode && r.Minutes == s.Minutes).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            return doomed.Count;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredServiceCircle>> ListServiceCirclesAsync(ServiceCircleSetKey circleSet, CancellationToken cancellationToken)
    {
        var kindId = Identifiers.Of(circleSet.Kind);
        var minutes = circleSet.Minutes;
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.ServiceCircles.AsNoTracking()
                .Where(r => r.Kind == kindId && r.Mode == circleSet.Mode && r.Minutes == minutes)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => new StoredServiceCircle(r.Id, circleSet.Kind, r.Mode, r.Minutes, r.FacilityId is null ? null : new FacilityId(r.FacilityId), r.Geom, r.ReachedMeters, r.DataVersion, r.ComputedAt))
                .ToArray();
        }
    }
}
