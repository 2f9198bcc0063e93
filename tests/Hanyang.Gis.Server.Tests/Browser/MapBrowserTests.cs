using System.IO.Compression;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;
using Microsoft.Playwright;

namespace Hanyang.Gis.Server.Tests.Browser;

/// <summary>
/// The planner's web map in Debian's Chromium (Playwright) against the real server on 127.0.0.1, at the
/// smallest supported size, 1366×768. Every check keeps its screenshot in TestResults/screenshots and looks
/// at its pixels: non-blank where features are, and different after a toggle.
/// </summary>
public sealed class MapBrowserTests(MapBrowser browser) : IClassFixture<MapBrowser>
{
    private static readonly (byte R, byte G, byte B) MapBackground = (0xf4, 0xf1, 0xea);

    [Fact]
    public async Task Page_Loads_WithoutConsoleErrors_AndEveryLayerGroupDrawsAndToggles()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        var all = PngPixels.Decode(await ShotAsync(page, "load"));
        Assert.True(all.CountUnlike(MapBackground) > all.Width * all.Height / 4, "the loaded map is mostly blank");

        foreach (var layer in new[] { "zones", "belts", "district", "streets", "communities", "water", "roads:arterial", "roads:local", "roads:skeleton", "facilities:primary-school", "candidate-sites" })
        {
            var box = page.Locator($"input[data-layer=\"{layer}\"]");
            var wasOn = await box.IsCheckedAsync();
            await box.SetCheckedAsync(true);
            var on = PngPixels.Decode(await ShotAsync(page, $"layer-{layer.Replace(':', '-')}-on"));
            await box.SetCheckedAsync(false);
            var off = PngPixels.Decode(await ShotAsync(page, $"layer-{layer.Replace(':', '-')}-off"));
            Assert.True(on.CountDifferent(off) > 150, $"layer {layer}: the picture does not change when it is toggled ({on.CountDifferent(off)} pixels)");
            await box.SetCheckedAsync(wasOn);
        }

        var legend = await page.Locator("#legend-visible").GetAttributeAsync("data-visible-layers");
        Assert.Contains("zones", legend!, StringComparison.Ordinal);
        Assert.DoesNotContain("candidate-sites", legend!, StringComparison.Ordinal);
        await page.Locator("input[data-opacity-for=\"zones\"]").FillAsync("0");
        var faded = PngPixels.Decode(await ShotAsync(page, "zones-opacity-0"));
        Assert.True(faded.CountDifferent(all) > 1000, "setting the zones' opacity to 0 does not change the picture");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Page_NamesKindsAndModesAsTheServerCatalogueDoes()
    {
        var (page, errors) = await OpenAsync(string.Empty);

        var parking = page.Locator("label.layer-item:has(input[data-layer=\"facilities:parking\"]) .layer-name");
        Assert.Equal(FacilityKinds.NameZh(FacilityKind.Parking), await parking.InnerTextAsync());
        Assert.Equal(FacilityKinds.NameZh(FacilityKind.Parking), await page.Locator("#siting-kind option[value=\"parking\"]").InnerTextAsync());
        Assert.Equal(FacilityKinds.NameZh(FacilityKind.CommunityHealthCenter), await page.Locator("#cov-kind option[value=\"community-health-center\"]").InnerTextAsync());
        Assert.Equal(TravelModes.Ids, await page.Locator("#cov-mode option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        Assert.Equal("慢行（3 km/h，老人/儿童）", await page.Locator("#cov-mode option[value=\"walk-slow\"]").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task CoverageRun_DrawsCirclesColoursCommunitiesShowsTheSummary_AndExportsCsvAndExcel()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        var before = PngPixels.Decode(await ShotAsync(page, "coverage-before"));
        await page.SelectOptionAsync("#cov-kind", "community-health-center");
        await page.FillAsync("#cov-minutes", "15");
        await page.ClickAsync("#cov-run");
        await WaitForStateAsync(page, "coverage-done");
        var after = PngPixels.Decode(await ShotAsync(page, "coverage-after"));

        Assert.True(after.CountDifferent(before) > 5000, "the coverage run did not change the map");
        Assert.Equal("12", await page.Locator("input[data-layer=\"isochrones\"]").GetAttributeAsync("data-feature-count"));
        Assert.Equal("118", await page.Locator("input[data-layer=\"coverage-communities\"]").GetAttributeAsync("data-feature-count"));
        Assert.Equal(15, await page.Locator("#cov-result .bar-row").CountAsync());
        Assert.Contains("全区路网覆盖率", await page.Locator("#cov-result .summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.SelectOptionAsync("#cov-color", "minutes");
        var byMinutes = PngPixels.Decode(await ShotAsync(page, "coverage-by-minutes"));
        Assert.True(byMinutes.CountDifferent(after) > 200, "colouring by minutes looks the same as by covered");

        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#cov-export-csv"));
        var csvBytes = await File.ReadAllBytesAsync(await SaveAsync(csvDownload));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        var csv = System.Text.Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(119, csv.Length);
        Assert.StartsWith("社区代码,社区名称", csv[0], StringComparison.Ordinal);
        var xlsxDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#cov-export-xlsx"));
        using (var workbook = ZipFile.OpenRead(await SaveAsync(xlsxDownload)))
        {
            using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = System.Xml.Linq.XDocument.Parse(await sheet.ReadToEndAsync());
            Assert.Equal(119, xml.Descendants().Count(e => e.Name.LocalName == "row"));
            Assert.NotNull(workbook.GetEntry("xl/workbook.xml"));
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task ClickingACommunity_ListsWhatItReachesAndDrawsTheRoutes_ClickingAFacilityShowsItsCircle()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        await page.FillAsync("#search", "钟家村社区");
        await page.PressAsync("#search", "Enter");
        await WaitForStateAsync(page, "search-done");
        await page.SelectOptionAsync("#cov-mode", "walk");
        await page.FillAsync("#cov-minutes", "15");
        var map = page.Locator("#map");
        var before = PngPixels.Decode(await ShotAsync(page, "reach-before"));
        await map.ClickAsync(new() { Position = await SearchPixelAsync(page) });
        await WaitForStateAsync(page, "reach-done");
        var after = PngPixels.Decode(await ShotAsync(page, "reach-routes"));

        var count = int.Parse((await page.Locator(".reach-summary").GetAttributeAsync("data-facility-count"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(count, 1, 127);
        Assert.Equal(count, await page.Locator(".reach-list li").CountAsync());
        Assert.True(await page.Locator("h3.reach-kind").CountAsync() >= 2, "the reach list is not grouped by kind");
        Assert.True(after.CountDifferent(before) > 300, "no routes were drawn");

        await page.FillAsync("#search", "汉阳医院");
        await page.PressAsync("#search", "Enter");
        await WaitForStateAsync(page, "search-done");
        await map.ClickAsync(new() { Position = await SearchPixelAsync(page) });
        await WaitForStateAsync(page, "facility-done");
        await ShotAsync(page, "facility-circle");
        Assert.True(int.Parse((await page.Locator(".reach-summary").GetAttributeAsync("data-community-count"))!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Search_ZoomsToTheFeatureAndOpensItsPopupWithItsAccuracy()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        var before = PngPixels.Decode(await ShotAsync(page, "search-before"));
        await page.FillAsync("#search", "汉阳大道");
        await page.Locator("#search-results button").First.ClickAsync();
        await WaitForStateAsync(page, "search-done");
        var after = PngPixels.Decode(await ShotAsync(page, "search-after"));

        Assert.True(after.CountDifferent(before) > after.Width * after.Height / 5, "the view did not move to the road");
        Assert.Contains("汉阳大道", await page.Locator("#popup .popup-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("数据精度", await page.Locator("#popup").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task MedicalCirclesAndPlanTargets_DrawTheFourCirclesAndShowProgress()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        var before = PngPixels.Decode(await ShotAsync(page, "medical-before"));
        await page.ClickAsync("#med-peak");
        await WaitForStateAsync(page, "medical-done");
        var after = PngPixels.Decode(await ShotAsync(page, "medical-peak"));

        Assert.Equal(4, await page.Locator("#med-result tr[data-circle]").CountAsync());
        Assert.True(after.CountDifferent(before) > 5000, "the medical circles were not drawn");
        await page.Locator("#targets-list .target").First.WaitForAsync();
        Assert.True(await page.Locator("#targets-list .progress-bar").CountAsync() >= 5);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SitingRun_NinePrimarySchools_DrawsTheSitesAndRaisesCoverage()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        var before = PngPixels.Decode(await ShotAsync(page, "siting-before"));
        await page.ClickAsync("#siting-run");
        await WaitForStateAsync(page, "siting-done");
        var after = PngPixels.Decode(await ShotAsync(page, "siting-nine-primary-schools"));

        Assert.Equal(9, await page.Locator("#siting-result .siting-sites li").CountAsync());
        var rates = page.Locator("#siting-rates");
        var rateBefore = double.Parse((await rates.GetAttributeAsync("data-before"))!, System.Globalization.CultureInfo.InvariantCulture);
        var rateAfter = double.Parse((await rates.GetAttributeAsync("data-after"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(rateAfter > rateBefore, $"coverage after siting {rateAfter} is not above {rateBefore}");
        Assert.Contains("新建9所小学：9/9", await page.Locator("#siting-result").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(after.CountDifferent(before) > 500, "the proposed sites were not drawn");

        // Two candidate points of the planner's own, clicked on the map, then the same question again.
        await page.ClickAsync("#siting-add");
        await page.Locator("#map").ClickAsync(new() { Position = new() { X = 230, Y = 260 } });
        await page.WaitForTimeoutAsync(500); // OpenLayers tells a single click from a double click after 250 ms
        await page.Locator("#map").ClickAsync(new() { Position = new() { X = 330, Y = 470 } });
        await page.WaitForTimeoutAsync(500);
        Assert.True(await page.Locator("#popup").IsHiddenAsync(), "adding a candidate point also opened a feature's popup");
        Assert.Contains("已加 2 个", await page.InnerTextAsync("#siting-add"), StringComparison.Ordinal);
        await page.ClickAsync("#siting-add");
        await ShotAsync(page, "siting-points-added");
        await page.ClickAsync("#siting-run");
        await page.Locator("#siting-change").WaitForAsync(new() { Timeout = 60_000 });
        await ShotAsync(page, "siting-with-own-points");
        Assert.Contains("比上次（9 处，自选点 0 个）", await page.InnerTextAsync("#siting-change"), StringComparison.Ordinal);
        Assert.Equal(9, await page.Locator("#siting-result .siting-sites li").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SitingRuns_SavedAsScenarios_AreComparedSideBySide()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        await page.ClickAsync("#siting-run");
        await WaitForStateAsync(page, "siting-done");
        Assert.True(await page.Locator("#scenario-token-row").IsVisibleAsync(), "the first save does not ask for the write token");
        await page.FillAsync("#scenario-token", RunningServer.Token);
        await page.ClickAsync("#scenario-save-button");
        await WaitForStateAsync(page, "scenario-saved");
        var nine = (await page.Locator("#status").GetAttributeAsync("data-scenario-id"))!;
        Assert.Contains("新建9所小学", await page.Locator("#scenario-save-message").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#siting-count", "3");
        await page.ClickAsync("#siting-run");
        await WaitForStateAsync(page, "siting-done");
        Assert.True(await page.Locator("#scenario-token-row").IsHiddenAsync(), "the token is asked for again after it was accepted");
        await page.ClickAsync("#scenario-save-button");
        await WaitForStateAsync(page, "scenario-saved");
        var three = (await page.Locator("#status").GetAttributeAsync("data-scenario-id"))!;
        Assert.NotEqual(nine, three);

        await page.Locator("#compare-a option[value=\"" + three + "\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#compare-a", three);
        await page.SelectOptionAsync("#compare-b", nine);
        Assert.Equal("primary-school", await page.InputValueAsync("#compare-kind"));
        await page.ClickAsync("#compare-run");
        await WaitForStateAsync(page, "compare-done");
        await page.WaitForTimeoutAsync(1500); // the vector-tile roads of both maps
        await page.ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, "scenario-compare-page.png") });
        var left = PngPixels.Decode(await page.Locator("#compare-map-a").ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, "scenario-compare-a.png") }));
        var right = PngPixels.Decode(await page.Locator("#compare-map-b").ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, "scenario-compare-b.png") }));

        static double Rate(string? value) => double.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);
        var rateThree = Rate(await page.Locator("#compare-title-a").GetAttributeAsync("data-rate"));
        var rateNine = Rate(await page.Locator("#compare-title-b").GetAttributeAsync("data-rate"));
        Assert.True(rateNine > rateThree, $"nine new schools cover {rateNine}, three {rateThree}");
        Assert.Equal(rateThree.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#status").GetAttributeAsync("data-compare-a"));
        Assert.Equal(1 + 11 + 4, await page.Locator("#compare-table tbody tr").CountAsync());
        Assert.Equal(11, await page.Locator("#compare-chart .pair-row").CountAsync());
        Assert.True(int.Parse((await page.Locator("#compare-communities [data-only-b]").GetAttributeAsync("data-only-b"))!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(left.CountUnlike(MapBackground) > left.Width * left.Height / 20, "the left comparison map is blank");
        Assert.True(right.CountUnlike(MapBackground) > right.Width * right.Height / 20, "the right comparison map is blank");
        Assert.True(left.CountDifferent(right) > 300, "the two scenarios look the same");

        // Every kind at its own standard: only the schools' coverage differs between the two scenarios.
        await page.ClickAsync("#compare-kinds-run");
        await WaitForStateAsync(page, "compare-kinds-done");
        await page.ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, "scenario-compare-kinds-page.png") });
        Assert.Equal(11, await page.Locator("#compare-kinds-result tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("#compare-kinds-result tr[data-kind=\"primary-school\"] td.up").CountAsync());
        Assert.Equal("持平", await page.Locator("#compare-kinds-result tr[data-kind=\"hospital\"] td:last-child").InnerTextAsync());

        // Hovering a community on either map tells how it fares under A and under B.
        var pane = (await page.Locator("#compare-map-b").BoundingBoxAsync())!;
        var tooltip = page.Locator("#compare-tooltip");
        for (var step = 0; step < 400 && await tooltip.IsHiddenAsync(); step++)
        {
            await page.Mouse.MoveAsync(pane.X + (pane.Width * (0.2f + (0.6f * (step % 20) / 19))), pane.Y + (pane.Height * (0.2f + (0.6f * (step / 20) / 19))));
        }

        Assert.True(await tooltip.IsVisibleAsync(), "no community on the comparison map answers the pointer");
        await page.ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, "scenario-compare-hover-page.png") });
        var tip = await tooltip.InnerTextAsync();
        Assert.Contains("A：", tip, StringComparison.Ordinal);
        Assert.Contains("B：", tip, StringComparison.Ordinal);

        var comparison = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#compare-export"));
        using (var workbook = ZipFile.OpenRead(await SaveAsync(comparison)))
        {
            int Rows(string entry)
            {
                using var sheet = new StreamReader(workbook.GetEntry(entry)!.Open());
                return System.Xml.Linq.XDocument.Parse(sheet.ReadToEnd()).Descendants().Count(e => e.Name.LocalName == "row");
            }

            Assert.Equal(1 + 1 + 11 + 4, Rows("xl/worksheets/sheet1.xml"));
            Assert.Equal(1 + 118, Rows("xl/worksheets/sheet2.xml"));
        }

        await page.SelectOptionAsync("#compare-a", string.Empty);
        await page.ClickAsync("#compare-run");
        await page.Locator($"#status[data-compare-a=\"{rateThree.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await WaitForStateAsync(page, "compare-done");
        Assert.StartsWith("A：现状规划", await page.Locator("#compare-title-a").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(Rate(await page.Locator("#compare-title-a").GetAttributeAsync("data-rate")) < rateThree);
        await page.ClickAsync("#compare-close");
        Assert.True(await page.Locator("#compare-view").IsHiddenAsync());

        // Deleting takes a second, confirming click; the list and both choices then forget the scenario.
        var delete = page.Locator($"#scenario-list li[data-scenario-id=\"{three}\"] button.scenario-delete");
        await delete.ClickAsync();
        Assert.Equal("确认删除？", await delete.InnerTextAsync());
        Assert.Equal(1, await page.Locator($"#scenario-list li[data-scenario-id=\"{three}\"]").CountAsync());
        await delete.ClickAsync();
        await WaitForStateAsync(page, "scenario-deleted");
        Assert.Equal(0, await page.Locator($"#scenario-list li[data-scenario-id=\"{three}\"]").CountAsync());
        Assert.Equal(0, await page.Locator($"#compare-a option[value=\"{three}\"]").CountAsync());
        Assert.Equal(1, await page.Locator($"#scenario-list li[data-scenario-id=\"{nine}\"]").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ARunningAnalysis_ShowsProgress_KeepsThePageResponsive_AndCanBeCancelled()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        await page.RouteAsync("**/api/coverage?*", async route =>
        {
            await Task.Delay(4000);
            await route.ContinueAsync();
        });
        await page.ClickAsync("#cov-run");
        await page.Locator("#cov-progress").WaitForAsync();
        await page.Locator("input[data-layer=\"zones\"]").SetCheckedAsync(false);
        Assert.False(await page.Locator("input[data-layer=\"zones\"]").IsCheckedAsync());
        await ShotAsync(page, "analysis-running");
        await page.ClickAsync("#cov-cancel");
        await WaitForStateAsync(page, "coverage-cancelled");

        Assert.True(await page.Locator("#cov-progress").IsHiddenAsync());
        Assert.Contains("已取消", await page.Locator("#cov-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task PngExport_WritesARealImageOfTheMapView()
    {
        var (page, errors) = await OpenAsync(string.Empty);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-png"));
        var path = await SaveAsync(download);
        File.Copy(path, Path.Combine(MapBrowser.ScreenshotDirectory, "export.png"), overwrite: true);
        var png = PngPixels.Decode(await File.ReadAllBytesAsync(path));
        var map = (await page.Locator("#map").BoundingBoxAsync())!;

        Assert.Equal((int)Math.Round(map.Width), png.Width);
        Assert.Equal((int)Math.Round(map.Height), png.Height);
        Assert.True(png.CountUnlike(MapBackground) > png.Width * png.Height / 4, "the exported PNG is mostly blank");
        Assert.Empty(errors);
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string hash)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add($"{m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(browser.Server.BaseAddress, hash).ToString());
        await WaitForStateAsync(page, "ready");
        await page.WaitForTimeoutAsync(300);
        return (page, errors);
    }

    /// <summary>Where the map drew the feature the last search found (the page reports it in #status).</summary>
    private static async Task<Position> SearchPixelAsync(IPage page)
    {
        var xy = (await page.Locator("#status").GetAttributeAsync("data-search-pixel"))!.Split(',').Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Position { X = xy[0], Y = xy[1] };
    }

    private static Task WaitForStateAsync(IPage page, string state) =>
        page.Locator($"#status[data-state=\"{state}\"]").WaitForAsync(new() { Timeout = 60_000 });

    /// <summary>Screenshots the map after it has rendered; kept as test output.</summary>
    private static async Task<byte[]> ShotAsync(IPage page, string name)
    {
        await page.WaitForTimeoutAsync(400);
        var bytes = await page.Locator("#map").ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, $"{name}.png") });
        await page.ScreenshotAsync(new() { Path = Path.Combine(MapBrowser.ScreenshotDirectory, $"{name}-page.png") });
        return bytes;
    }

    private static async Task<string> SaveAsync(IDownload download)
    {
        var path = Path.Combine(MapBrowser.ScreenshotDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
