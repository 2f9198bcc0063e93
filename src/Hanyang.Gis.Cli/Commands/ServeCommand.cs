using System.CommandLine;
using Hanyang.Gis.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang serve</c>: the web map, OGC API – Features and the analysis API, over the store in force.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "where to listen (semicolon-separated)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        urls.Validators.Add(result =>
        {
            foreach (var url in (result.GetValueOrDefault<string>() ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    result.AddError($"--urls {url}: give an http:// or https:// address, e.g. http://127.0.0.1:5080");
                }
            }
        });
        var command = new Command("serve", "Serve the web map (/), OGC API – Features (/ogc) and the analysis API (/api) until Ctrl+C") { urls }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["ConnectionStrings:Plan"] = PlanSource.ConnectionString(parse),
                ["Geodata:Directory"] = parse.GetValue(PlanSource.Geodata)?.FullName,
                ["Data:Directory"] = parse.GetValue(PlanSource.DataDirectory)?.FullName,
            };
            builder.Configuration.AddInMemoryCollection(settings.Where(s => s.Value is not null));
            builder.Services.AddHanyangGis(builder.Configuration);
            await using var app = builder.Build();
            app.UseHanyangGis();
            app.Lifetime.ApplicationStarted.Register(() =>
                Console.WriteLine($"Hanyang.Gis: {app.Services.GetRequiredService<PlanStoreInfo>().Description}; the map is at {string.Join(", ", app.Urls)}"));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
