using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Upserts a dataset by id. Equality is EF's own value comparison per column (exact for geometries,
/// element-wise for arrays), so a second seed of the same data issues no UPDATE at all.
/// </summary>
internal static class PlanSeeder
{
    public static async Task<SeedResult> SeedAsync(PlanDbContext db, PlanDataset plan, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ReferenceAsync(db, [RowMapping.ToRow(plan.District)], r => r.Code, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Streets.Select(RowMapping.ToRow), r => r.Code, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Communities.Select(RowMapping.ToRow), r => r.Code, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Water.Select(RowMapping.ToRow), r => r.Id, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Zones.Select(RowMapping.ToRow), r => r.Id, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Belts.Select(RowMapping.ToRow), r => r.Id, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Roads.Select(RowMapping.ToRow), r => r.Id, tally, cancellationToken).ConfigureAwait(false);
            await ReferenceAsync(db, plan.Targets.Select(RowMapping.ToRow), r => r.Id, tally, cancellationToken).ConfigureAwait(false);
            await EditableAsync(db, plan.Facilities.Select(f => RowMapping.ToRow(f, 1)), tally, cancellationToken).ConfigureAwait(false);
            await EditableAsync(db, plan.CandidateSites.Select(s => RowMapping.ToRow(s, 1)), tally, cancellationToken).ConfigureAwait(false);

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new SeedResult(tally.Inserted, tally.Updated, tally.Unchanged, tally.Deleted, tally.KeptEdits);
    }

    /// <summary>Reference layers mirror the dataset: insert, refresh, and delete what it no longer has.</summary>
    private static async Task ReferenceAsync<TRow>(PlanDbContext db, IEnumerable<TRow> incoming, Func<TRow, string> key, Tally tally, CancellationToken cancellationToken)
        where TRow : class
    {
        var existing = await db.Set<TRow>().ToDictionaryAsync(key, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var row in incoming)
        {
            if (!existing.Remove(key(row), out var current))
            {
                db.Add(row);
                tally.Inserted++;
                continue;
            }

            var entry = db.Entry(current);
            entry.CurrentValues.SetValues(row);
            if (entry.State == EntityState.Modified)
            {
                tally.Updated++;
            }
            else
            {
                tally.Unchanged++;
            }
        }

        db.RemoveRange(existing.Values);
        tally.Deleted += existing.Count;
    }

    /// <summary>Editable layers: insert at version 1, refresh only rows nobody edited since the last seed, delete nothing.</summary>
    private static async Task EditableAsync<TRow>(PlanDbContext db, IEnumerable<TRow> incoming, Tally tally, CancellationToken cancellationToken)
        where TRow : class, IEditableRow
    {
        var existing = await db.Set<TRow>().ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var row in incoming)
        {
            if (!existing.TryGetValue(row.Id, out var current))
            {
                row.Version = 1;
                row.SeededVersion = 1;
                db.Add(row);
                tally.Inserted++;
                continue;
            }

            if (current.SeededVersion != current.Version)
            {
                tally.KeptEdits++;
                continue;
            }

            row.Version = current.Version;
            row.SeededVersion = current.SeededVersion;
            var entry = db.Entry(current);
            entry.CurrentValues.SetValues(row);
            if (entry.State == EntityState.Modified)
            {
                current.Version++;
                current.SeededVersion = current.Version;
                tally.Updated++;
            }
            else
            {
                tally.Unchanged++;
            }
        }
    }

    private sealed class Tally
    {
        public int Inserted { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Deleted { get; set; }

        public int KeptEdits { get; set; }
    }
}
