using Hanyang.Gis.Data.PostGis.Rows;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Scenarios: one row each, content in jsonb (<see cref="ScenarioContent"/>), edited under the same
/// optimistic concurrency as facilities. Scenario conflicts are reported on the facilities layer: the
/// domain's <see cref="PlanLayer"/> has no scenario layer.
/// </summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Versioned<Scenario>>> ListScenariosAsync(CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Scenarios.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.OrderBy(r => r.Id, StringComparer.Ordinal).Select(ToVersioned).ToList().AsReadOnly();
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<Scenario>?> FindScenarioAsync(ScenarioId id, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Scenarios.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id.Value, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToVersioned(row);
        }
    }

    /// <inheritdoc />
    public async Task<Versioned<Scenario>> AddScenarioAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var row = ToRow(scenario, 1);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            db.Scenarios.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e))
            {
                throw new DuplicateIdException("scenario", scenario.Id.Value, e);
            }
        }

        return new Versioned<Scenario>(scenario, 1);
    }

    /// <inheritdoc />
    public async Task<Versioned<Scenario>> UpdateScenarioAsync(Scenario scenario, long expectedVersion, CancellationToken cancellationToken)
    {
        var row = ToRow(scenario, expectedVersion + 1);
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var entry = db.Scenarios.Attach(row);
            entry.State = EntityState.Modified;
            entry.Property(r => r.Version).OriginalValue = expectedVersion;
            await SaveEditAsync(db, PlanLayer.Facilities, scenario.Id.Value, expectedVersion,
                () => db.Scenarios.AsNoTracking().Where(r => r.Id == scenario.Id.Value).Select(r => (long?)r.Version).FirstOrDefaultAsync(cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return new Versioned<Scenario>(scenario, expectedVersion + 1);
        }
    }

    /// <inheritdoc />
    public async Task DeleteScenarioAsync(ScenarioId id, long expectedVersion, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var deleted = await db.Scenarios.Where(r => r.Id == id.Value && r.Version == expectedVersion).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            if (deleted == 0)
            {
                var actual = await db.Scenarios.AsNoTracking().Where(r => r.Id == id.Value).Select(r => (long?)r.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                throw new EditConflictException(PlanLayer.Facilities, id.Value, expectedVersion, actual);
            }
        }
    }

    private static ScenarioRow ToRow(Scenario scenario, long version)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var facility in scenario.AddedFacilities)
        {
            RequireInternal(facility.Location, $"scenario '{scenario.Id}', facility '{facility.Id}'");
        }

        return new ScenarioRow { Id = scenario.Id.Value, Name = scenario.Name, Description = scenario.Description, Content = ScenarioContent.Write(scenario), Version = version };
    }

    private static Versioned<Scenario> ToVersioned(ScenarioRow row)
    {
        var (added, removed) = ScenarioContent.Read(row.Content);
        return new Versioned<Scenario>(new Scenario(new ScenarioId(row.Id), row.Name, row.Description, added, removed), row.Version);
    }
}
