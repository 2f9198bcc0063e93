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

/// <summary>Service registration and the request pipeline, in one place.</summary>
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
        // Responses keep Chinese as it is (not \u-escaped), as the hand-written JSON did.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddExpensiveWorkLimits(limits);
        services.AddSingleton<PublicUrl>();
        services.AddApiDocs();
        services.AddSingleton<WriteAccess>();
        var (store, description) = PlanStores.Open(configuration.GetConnectionString("Plan"), configuration["Geodata:Directory"], configuration["Data:Directory"]);
        services.AddSingleton(store);
        services.AddSingleton(new PlanStoreInfo(description));
        services.AddSingleton<AnalysisService>();
        return services;
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
