using Hanyang.Gis.Data.PostGis.Rows;
using Microsoft.EntityFrameworkCore;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// The EF Core model of the plan on PostGIS. Every geometry column is geometry(&lt;Type&gt;,4547) with a
/// GiST index; names are snake_case; enums are stored as their kebab-case identifiers.
/// The schema changes only through the migrations in Migrations/, applied by PlanDatabase.MigrateAsync.
/// </summary>
internal sealed partial class PlanDbContext(DbContextOptions<PlanDbContext> options) : DbContext(options)
{
    public DbSet<DistrictRow> District => Set<DistrictRow>();

    public DbSet<StreetRow> Streets => Set<StreetRow>();

    public DbSet<CommunityRow> Communities => Set<CommunityRow>();

    public DbSet<WaterRow> Water => Set<WaterRow>();

    public DbSet<ZoneRow> Zones => Set<ZoneRow>();

    public DbSet<BeltRow> Belts => Set<BeltRow>();

    public DbSet<RoadRow> Roads => Set<RoadRow>();

    public DbSet<FacilityRow> Facilities => Set<FacilityRow>();

    public DbSet<CandidateSiteRow> CandidateSites => Set<CandidateSiteRow>();

    public DbSet<ScenarioRow> Scenarios => Set<ScenarioRow>();

    public DbSet<PlanTargetRow> PlanTargets => Set<PlanTargetRow>();

    public DbSet<ImportedLayerRow> ImportedLayers => Set<ImportedLayerRow>();

    public DbSet<ImportedFeatureRow> ImportedFeatures => Set<ImportedFeatureRow>();

    public DbSet<ServiceCircleRow> ServiceCircles => Set<ServiceCircleRow>();

    /// <summary>Options for <paramref name="connectionString"/>: Npgsql with NetTopologySuite.</summary>
    public static DbContextOptions<PlanDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PlanDbContext>()
            .UseNpgsql(connectionString, o => o.UseNetTopologySuite().MigrationsHistoryTable("__ef_migrations_history"))
            .Options;
}
