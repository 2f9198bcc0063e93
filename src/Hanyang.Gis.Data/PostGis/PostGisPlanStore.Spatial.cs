using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>Nearest-N (KNN), within-a-radius and community queries.</summary>
public sealed partial class PostGisPlanStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<FacilityDistance>> ListNearestFacilitiesAsync(Point point, FacilityKind kind, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RequireInternal(point, "query point");
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Facilities
                .FromSqlRaw(PlanSql.NearestFacilities, PlanSql.Point(point, new NpgsqlParameter("kind", Identifiers.Of(kind)), new NpgsqlParameter("count", count)))
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return ByDistance(rows, point);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FacilityDistance>> ListFacilitiesWithinAsync(Point point, double radiusMeters, FacilityKind? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentOutOfRangeException.ThrowIfNegative(radiusMeters);
        RequireInternal(point, "query point");
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var query = kind is { } k
                ? db.Facilities.FromSqlRaw(PlanSql.FacilitiesOfKindWithin, PlanSql.Point(point, new NpgsqlParameter("radius", radiusMeters), new NpgsqlParameter("kind", Identifiers.Of(k))))
                : db.Facilities.FromSqlRaw(PlanSql.FacilitiesWithin, PlanSql.Point(point, new NpgsqlParameter("radius", radiusMeters)));
            var rows = await query.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            return ByDistance(rows, point);
        }
    }

    /// <summary>Nearest first; equal distances by id (ordinal), as the embedded store orders them.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<FacilityDistance> ByDistance(List<Rows.FacilityRow> rows, Point point) =>
        rows.Select(r => new FacilityDistance(RowMapping.ToDomain(r), r.Geom.Distance(point)))
            .OrderBy(d => d.DistanceMeters)
            .ThenBy(d => d.Facility.Id.Value, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();

    /// <inheritdoc />
    public async Task<IReadOnlyList<Community>> ListCommunitiesInZoneAsync(ZoneId zone, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Communities
                .FromSqlRaw(PlanSql.CommunitiesInZone, new NpgsqlParameter("zone", zone.Value))
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return rows.Select(RowMapping.ToDomain).ToList().AsReadOnly();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Community>> ListCommunitiesInStreetAsync(StreetCode street, CancellationToken cancellationToken)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Communities.AsNoTracking().Where(r => r.StreetCode == street.Value).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(RowMapping.ToDomain).ToList().AsReadOnly();
        }
    }
}
