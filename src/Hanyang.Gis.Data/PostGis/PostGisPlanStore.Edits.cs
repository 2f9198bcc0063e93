using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Edits of facilities and candidate sites. An update is one <c>UPDATE … WHERE id = @id AND version = @expected</c>
/// (EF concurrency token), a delete one <c>DELETE … WHERE id = @id AND version = @expected</c>; when no
/// row matches, the current version (or null when the row is gone) goes into the <see cref="EditConflictException"/>.
/// </summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task<Versioned<Facility>?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id.Value, cancellationToken).ConfigureAwait(false);
            return row is null ? null : new Versioned<Facility>(RowMapping.ToDomain(row), row.Version);
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<Facility>> AddFacilityAsync(Facility facility, CancellationToken cancellationToken)
    {
        await AddFacilitiesAsync([facility], cancellationToken).ConfigureAwait(false);
        return new Versioned<Facility>(facility, 1);
    }

    /// <inheritdoc />
    public async Task<int> AddFacilitiesAsync(IReadOnlyList<Facility> facilities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        var repeated = facilities.GroupBy(f => f.Id).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DuplicateIdException("facility", repeated.Key.Value, $"facility id '{repeated.Key}' appears {repeated.Count()} times in the batch; nothing was added", null);
        }

        foreach (var facility in facilities)
        {
            RequireInternal(facility.Location, $"facility '{facility.Id}'");
        }

        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                db.Facilities.AddRange(facilities.Select(f => RowMapping.ToRow(f, 1)));
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException e) when (IsUniqueViolation(e))
                {
                    var taken = facilities.Count == 1 ? facilities[0].Id.Value : await FirstTakenIdAsync(facilities, cancellationToken).ConfigureAwait(false);
                    throw new DuplicateIdException("facility", taken, facilities.Count == 1
                        ? $"facility id '{taken}' is taken; nothing was added"
                        : $"facility id '{taken}' is taken; none of the {facilities.Count} facilities was added", e);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return facilities.Count;
    }

    /// <summary>After a unique violation of a batch: which of its ids the table holds (asked afresh, the batch's transaction being aborted).</summary>
    private async Task<string> FirstTakenIdAsync(IReadOnlyList<Facility> facilities, CancellationToken cancellationToken)
    {
        var ids = facilities.Select(f => f.Id.Value).ToList();
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            return await db.Facilities.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? "(one of the batch)";
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<Facility>> UpdateFacilityAsync(Facility facility, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facility);
        RequireInternal(facility.Location, $"facility '{facility.Id}'");
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var entry = db.Facilities.Attach(RowMapping.ToRow(facility, expectedVersion + 1));
            entry.State = EntityState.Modified;
            entry.Property(r => r.Version).OriginalValue = expectedVersion;
            entry.Property(r => r.SeededVersion).IsModified = false;
            await SaveEditAsync(db, PlanLayer.Facilities, facility.Id.Value, expectedVersion,
                () => VersionOfAsync(db.Facilities.Where(r => r.Id == facility.Id.Value), cancellationToken), cancellationToken).ConfigureAwait(false);
            return new Versioned<Facility>(facility, expectedVersion + 1);
        }
    }

    /// <inheritdoc />
    public async Task DeleteFacilityAsync(FacilityId id, long expectedVersion, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var deleted = await db.Facilities.Where(r => r.Id == id.Value && r.Version == expectedVersion).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            if (deleted == 0)
            {
                var actual = await VersionOfAsync(db.Facilities.Where(r => r.Id == id.Value), cancellationToken).ConfigureAwait(false);
                throw new EditConflictException(PlanLayer.Facilities, id.Value, expectedVersion, actual);
            }
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<CandidateSite>?> FindCandidateSiteAsync(CandidateSiteId id, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.CandidateSites.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id.Value, cancellationToken).ConfigureAwait(false);
            return row is null ? null : new Versioned<CandidateSite>(RowMapping.ToDomain(row), row.Version);
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<CandidateSite>> AddCandidateSiteAsync(CandidateSite site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        RequireInternal(site.Geometry, $"candidate site '{site.Id}'");
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            db.CandidateSites.Add(RowMapping.ToRow(site, 1));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e))
            {
                throw new DuplicateIdException(PlanLayer.CandidateSites, site.Id.Value, e);
            }
        }

        return new Versioned<CandidateSite>(site, 1);
    }

    /// <inheritdoc />
    public async Task<Versioned<CandidateSite>> UpdateCandidateSiteAsync(CandidateSite site, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        RequireInternal(site.Geometry, $"candidate site '{site.Id}'");
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var entry = db.CandidateSites.Attach(RowMapping.ToRow(site, expectedVersion + 1));
            entry.State = EntityState.Modified;
            entry.Property(r => r.Version).OriginalValue = expectedVersion;
            entry.Property(r => r.SeededVersion).IsModified = false;
            await SaveEditAsync(db, PlanLayer.CandidateSites, site.Id.Value, expectedVersion,
                () => VersionOfAsync(db.CandidateSites.Where(r => r.Id == site.Id.Value), cancellationToken), cancellationToken).ConfigureAwait(false);
            return new Versioned<CandidateSite>(site, expectedVersion + 1);
        }
    }

    /// <inheritdoc />
    public async Task DeleteCandidateSiteAsync(CandidateSiteId id, long expectedVersion, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var deleted = await db.CandidateSites.Where(r => r.Id == id.Value && r.Version == expectedVersion).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            if (deleted == 0)
            {
                var actual = await VersionOfAsync(db.CandidateSites.Where(r => r.Id == id.Value), cancellationToken).ConfigureAwait(false);
                throw new EditConflictException(PlanLayer.CandidateSites, id.Value, expectedVersion, actual);
            }
        }
    }
}
