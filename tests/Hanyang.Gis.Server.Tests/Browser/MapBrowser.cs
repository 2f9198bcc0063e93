using Microsoft.Playwright;

namespace Hanyang.Gis.Server.Tests.Browser;

/// <summary>
/// The real server and one headless Debian Chromium driven by Playwright (ExecutablePath: nothing is
/// downloaded), shared by the tests of a class. Screenshots go to TestResults/screenshots next to the tests.
/// </summary>
public sealed class MapBrowser : IAsyncLifetime
{
    private IPlaywright? playwright;

    public RunningServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await Server.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
