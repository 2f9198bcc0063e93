using Hanyang.Gis.Server;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Services.AddHanyangGis(builder.Configuration);
var app = builder.Build();
app.UseHanyangGis();
app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"Hanyang.Gis: {app.Services.GetRequiredService<PlanStoreInfo>().Description}; the map is at {string.Join(", ", app.Urls)}"));
app.Run();

/// <summary>The program, visible to integration tests.</summary>
public partial class Program;
