using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Data;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Server.Analysis;
using Hanyang.Gis.Server.Docs;
using Hanyang.Gis.Server.Edits;
using Hanyang.Gis.Server.Health;
using Hanyang.Gis.Server.Http;
using Hanyang.Gis.Server.Ogc;
using Hanyang.Gis.Server.Scenarios;
using Hanyang.Gis.Server.Tiles;
using Microsoft.Extensions.FileProviders;

namespace Hanyang.Gis.Server;

/// <summary>
/// Service registration and the request pipeline, in one place: the server's composition root. It (and
/// <c>Program</c>) alone choose a concrete store (through <see cref="PlanStores.Open"/>); everything else in the
/// server depends on the store's role interfaces (a test holds it to that).
/// </summary>
public static class ServerSetup
{
    /// <summary>
    /// Registers the plan store — PostGIS when ConnectionStrings:Plan is configured, else the embedded store
    /// over the bundled geodata (Geodata:Directory) with edits in Data:Directory — and the analysis services.
    /// </summary>
    public static IServiceCollection AddHanyangGis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddProblemDetails();
        services.AddExceptionHandler<RequestProblemHandler>();
        services.AddExceptionHandler<StoreNotReady>();
        services.AddExceptionHandler<StoreUnavailable>();
        var limits = AnalysisLimits.From(configuration);
        services.AddSingleton(limits);
        services.AddSingleton(limits.UseCases);
        // Responses keep Chinese as it is (not \u-escaped), as the hand-written JSON did. Numbers are strictly
        // numbers: the web defaults would also read them from strings, and the OpenAPI document would then type
        // every number as `number | string` for its clients (request bodies are parsed by hand in JsonBody).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddExpensiveWorkLimits(limits);
        services.AddSingleton<PublicUrl>();
        services.AddApiDocs();
        services.AddSingleton<WriteAccess>();
        var (store, description) = PlanStores.Open(configuration.GetConnectionString("Plan"), configuration["Geodata:Directory"], configuration["Data:Directory"]);
        services.AddPlanStore(store);
        services.AddSingleton(new PlanStoreInfo(description));
        services.AddSingleton(new PlanNetworks());
        services.AddSingleton<AnalysisService>();
        services.AddSingleton<OgcCollections>();
        return services;
    }

    /// <summary>
    /// Registers <paramref name="store"/> as the union <see cref="IPlanStore"/> and as each of its roles, so that an
    /// endpoint asks for the narrowest one it uses (<see cref="IFeatureQueries"/>, <see cref="IFacilityEdits"/>, …).
    /// </summary>
    private static void AddPlanStore(this IServiceCollection services, IPlanStore store)
    {
        services.AddSingleton(store);
        services.AddSingleton<IStoreReadiness>(store);
        services.AddSingleton<IPlanReader>(store);
        services.AddSingleton<IFeatureQueries>(store);
        services.AddSingleton<IFacilityEdits>(store);
        services.AddSingleton<IScenarioStore>(store);
        services.AddSingleton<IPlanImports>(store);
        services.AddSingleton<IServiceCircleStore>(store);
        services.AddSingleton(store as IVectorTileSource
            ?? throw new InvalidOperationException($"the plan store {store.Kind} cannot cut vector tiles (IVectorTileSource), which the map needs"));
    }

    /// <summary>Maps the OGC API, the analysis API and the web map's static files.</summary>
    public static WebApplication UseHanyangGis(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestGuard>();
        app.UseRateLimiter();
        var client = app.Configuration["MapClient:Directory"] ?? FindMapClient(app.Environment.ContentRootPath);
        if (client is not null)
        {
            var files = new PhysicalFileProvider(client);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOgcApi();
        app.MapAnalysisApi();
        app.MapTileApi();
        app.MapHealthApi();
        app.MapEditApi();
        app.MapScenarioApi();
        app.MapApiDocs();
        return app;
    }

    private static string? FindMapClient(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Hanyang.Gis.MapClient", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }

            var sibling = Path.Combine(dir.FullName, "Hanyang.Gis.MapClient", "dist");
            if (File.Exists(Path.Combine(sibling, "index.html")))
            {
                return sibling;
            }
        }

        return null;
    }
}
