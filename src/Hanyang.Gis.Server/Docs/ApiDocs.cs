using Scalar.AspNetCore;

namespace Hanyang.Gis.Server.Docs;

/// <summary>
/// The API described for people and programs: the OpenAPI 3.1 document of every endpoint at
/// /openapi/v1.json (Microsoft.AspNetCore.OpenApi 10.0.15) and an interactive reference at /docs
/// (Scalar.AspNetCore 3.0.0, whose script is embedded in the package and served by this server — there is
/// no CDN or font download: the machines have no internet).
/// </summary>
internal static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Hanyang.Gis 汉阳区空间规划 API";
            document.Info.Description = "OGC API – Features, vector tiles, analyses, edits and scenarios over the Hanyang plan. Geometries in and out are WGS84 (EPSG:4326); tiles are EPSG:3857.";
            return Task.CompletedTask;
        }));

    public static void MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options =>
        {
            options.Title = "Hanyang.Gis API";
            options.DefaultFonts = false;
            options.WithOpenApiRoutePattern("/openapi/{documentName}.json");
        });
    }
}
