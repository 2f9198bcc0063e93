using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Design;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// Lets <c>dotnet tool run dotnet-ef migrations add &lt;Name&gt; --project src/Hanyang.Gis.Data</c> build the
/// model without a running app: adding a migration never connects. Commands that do connect
/// (<c>database update</c>, <c>migrations script --idempotent</c> does not) use the environment's
/// <c>ConnectionStrings__Plan</c>, else the project's local cluster (scripts/postgis.sh).
/// </summary>
[SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Instantiated by dotnet-ef through reflection.")]
internal sealed class PlanDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PlanDbContext>
{
    private const string LocalCluster = "Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=hanyang";

    public PlanDbContext CreateDbContext(string[] args) =>
        new(PlanDbContext.Options(Environment.GetEnvironmentVariable("ConnectionStrings__Plan") is { Length: > 0 } configured ? configured : LocalCluster));
}
