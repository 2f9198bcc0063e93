using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data;

/// <summary>
/// The one rule for which plan store is in force, shared by the server and every CLI verb: PostGIS when a
/// connection string is given, otherwise the embedded store over a geodata directory (default: the bundled
/// geodata/hanyang) with edits kept in a data directory (default: <see cref="EmbeddedPlanStore.DefaultDataDirectory"/>).
/// </summary>
public static class PlanStores
{
    /// <summary>
    /// Opens the store in force and says which it is (for logs and messages). The PostGIS store reports a database
    /// it cannot use as <see cref="StoreUnavailableException"/> (see <see cref="TranslatingPostGisStore"/>), naming
    /// <paramref name="connectionSetting"/> as where to fix the connection string.
    /// </summary>
    /// <exception cref="IOException">No connection string and no geodata directory could be found.</exception>
    public static (IPlanStore Store, string Description) Open(string? connectionString, string? geodataDirectory, string? dataDirectory, string connectionSetting = "ConnectionStrings:Plan")
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return (new TranslatingPostGisStore(new PostGisPlanStore(connectionString), connectionString, connectionSetting), "PostGIS (ConnectionStrings:Plan)");
        }

        var geodata = geodataDirectory ?? GeodataLoader.FindBundledDirectory()
            ?? throw new IOException("the bundled geodata/hanyang directory was not found; give a geodata directory or a PostGIS connection string");
        var data = dataDirectory ?? EmbeddedPlanStore.DefaultDataDirectory;
        return (new EmbeddedPlanStore(GeodataLoader.Load(geodata), data), $"embedded store over {geodata}, edits in {data}");
    }
}
