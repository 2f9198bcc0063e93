using System.Text;
using Hanyang.Gis.Data.PostGis.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>The table layout: names, column types, keys and GiST indexes.</summary>
internal sealed partial class PlanDbContext
{
    /// <summary>Polygons may be multi: areal layers take any geometry (Polygon or MultiPolygon, checked at import).</summary>
    private const string AnyGeometry = "geometry(Geometry,4547)";
    private const string PointGeometry = "geometry(Point,4547)";
    private const string LineGeometry = "geometry(LineString,4547)";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");

        Place<DistrictRow>(modelBuilder, PlanTables.District, r => r.Code, AnyGeometry);
        Place<StreetRow>(modelBuilder, PlanTables.Streets, r => r.Code, AnyGeometry);
        Place<CommunityRow>(modelBuilder, PlanTables.Communities, r => r.Code, PointGeometry, e =>
        {
            e.Property(r => r.AreaGeom).HasColumnType(AnyGeometry);
            e.HasIndex(r => r.AreaGeom).HasMethod("gist");
            e.HasIndex(r => r.StreetCode);
        });
        Place<WaterRow>(modelBuilder, PlanTables.Water, r => r.Id, AnyGeometry);
        Place<ZoneRow>(modelBuilder, PlanTables.Zones, r => r.Id, AnyGeometry);
        Place<BeltRow>(modelBuilder, PlanTables.Belts, r => r.Id, AnyGeometry);
        Place<RoadRow>(modelBuilder, PlanTables.Roads, r => r.Id, LineGeometry);
        // No B-tree on facilities.kind: with one, the planner answers "nearest of a kind" by filtering on
        // kind and sorting, instead of walking the GiST index in distance order (KNN).
        Place<FacilityRow>(modelBuilder, PlanTables.Facilities, r => r.Id, PointGeometry, e => e.Property(r => r.Version).IsConcurrencyToken());
        Place<CandidateSiteRow>(modelBuilder, PlanTables.CandidateSites, r => r.Id, AnyGeometry, e => e.Property(r => r.Version).IsConcurrencyToken());

        modelBuilder.Entity<ScenarioRow>(e =>
        {
            e.ToTable(PlanTables.Scenarios);
            e.HasKey(r => r.Id);
            e.Property(r => r.Content).HasColumnType("jsonb");
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PlanTargetRow>(e =>
        {
            e.ToTable(PlanTables.PlanTargets);
            e.HasKey(r => r.Id);
        });
        modelBuilder.Entity<ImportedLayerRow>(e =>
        {
            e.ToTable(PlanTables.ImportedLayers);
            e.HasKey(r => r.Name);
        });
        modelBuilder.Entity<ImportedFeatureRow>(e =>
        {
            e.ToTable(PlanTables.ImportedFeatures);
            e.HasKey(r => new { r.LayerName, r.Ordinal });
            e.Property(r => r.Geom).HasColumnType(AnyGeometry);
            e.HasIndex(r => r.Geom).HasMethod("gist");
            e.Property(r => r.Attributes).HasColumnType("jsonb");
            e.HasOne<ImportedLayerRow>().WithMany().HasForeignKey(r => r.LayerName).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ServiceCircleRow>(e =>
        {
            e.ToTable(PlanTables.ServiceCircles);
            e.HasKey(r => r.Id);
            e.Property(r => r.Geom).HasColumnType(AnyGeometry);
            e.HasIndex(r => r.Geom).HasMethod("gist");
        });

        SnakeCaseNames(modelBuilder);
    }

    private static void Place<TRow>(ModelBuilder modelBuilder, string table, System.Linq.Expressions.Expression<Func<TRow, object?>> key, string geometryType, Action<EntityTypeBuilder<TRow>>? more = null)
        where TRow : class
    {
        modelBuilder.Entity<TRow>(e =>
        {
            e.ToTable(table);
            e.HasKey(key);
            e.Property("Geom").HasColumnType(geometryType);
            e.HasIndex("Geom").HasMethod("gist");
            more?.Invoke(e);
        });
    }

    /// <summary>Columns, keys, foreign keys and indexes in snake_case: pk_facilities, ix_facilities_geom.</summary>
    private static void SnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName($"pk_{table}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{table}_{foreignKey.PrincipalEntityType.GetTableName()}");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"ix_{table}_{string.Join("_", index.Properties.Select(p => SnakeCase(p.Name)))}");
            }
        }
    }

    private static string SnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
