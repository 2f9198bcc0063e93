using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Reports.Fonts;
using Hanyang.Gis.Reports.Maps;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Tests;

public sealed class MapRendererTests(HanyangCoverage hanyang) : IClassFixture<HanyangCoverage>
{
    private static readonly SKColor Background = SKColor.Parse("#f4f1ea");

    private MapRequest Request(params MapLayer[] layers)
    {
        var extent = new Envelope(hanyang.Plan.District.Boundary.EnvelopeInternal);
        extent.ExpandBy(extent.Width * 0.03, extent.Height * 0.03);
        return new MapRequest(hanyang.Plan, layers, extent, 1200, 900, "汉阳区 测试图");
    }

    [Fact]
    public void Render_Zones_PngHasTheRequestedSizeAndZonesDifferFromTheBackground()
    {
        var map = MapRenderer.Render(Request(MapLayer.Zones, MapLayer.Water, MapLayer.District));
        using var bitmap = SKBitmap.Decode(map.Png);

        Assert.Equal((1200, 900), (bitmap.Width, bitmap.Height));
        var water = hanyang.Plan.Water.Select(w => w.Area).ToList();
        var (inside, tinted) = (0, 0);
        var frame = map.Viewport.Frame;
        for (var px = (int)frame.Left + 5; px < frame.Right - 5; px += 23)
        {
            for (var py = (int)frame.Top + 5; py < frame.Bottom - 5; py += 23)
            {
                var world = World(map.Viewport, px, py);
                if (hanyang.Plan.Zones.Any(z => z.Area.Contains(world)) && !water.Any(w => w.Distance(world) < 100) && !hanyang.Plan.Zones.Any(z => z.Area.Boundary.Distance(world) < 100))
                {
                    inside++;
                    tinted += Differs(bitmap.GetPixel(px, py), Background) ? 1 : 0;
                }
            }
        }

        Assert.True(inside > 100, $"only {inside} sample points fell inside the zones");
        Assert.True(tinted >= inside * 0.9, $"{tinted} of {inside} pixels inside the zones are tinted");
    }

    [Fact]
    public void Render_OutsideTheDistrict_IsBackgroundAndTheTitleIsInk()
    {
        var map = MapRenderer.Render(Request(MapLayer.Zones, MapLayer.District));
        using var bitmap = SKBitmap.Decode(map.Png);
        var frame = map.Viewport.Frame;

        // Just inside the frame's left edge, halfway down: west of the district's western tip.
        var (px, py) = ((int)frame.Left + 4, (int)frame.MidY);
        Assert.False(hanyang.Plan.District.Boundary.Buffer(200).Contains(World(map.Viewport, px, py)));
        Assert.False(Differs(bitmap.GetPixel(px, py), Background), $"pixel {bitmap.GetPixel(px, py)} outside the district is not the background");

        var ink = 0;
        for (var x = (int)frame.Left; x < frame.Left + 200; x++)
        {
            for (var y = 5; y < frame.Top - 5; y++)
            {
                ink += bitmap.GetPixel(x, y).Red < 100 ? 1 : 0;
            }
        }

        Assert.True(ink > 300, $"the title band has only {ink} dark pixels");
    }

    [Fact]
    public void Render_LegendNamesOnlyTheVisibleLayersAndMarksApproximateData()
    {
        var zonesOnly = MapRenderer.Render(Request(MapLayer.Zones, MapLayer.District));
        var schools = MapRenderer.Render(Request(MapLayer.District, MapLayer.Facilities) with { FacilityKinds = new HashSet<FacilityKind> { FacilityKind.PrimarySchool } });

        Assert.Contains(zonesOnly.LegendEntries, e => e.StartsWith("区界", StringComparison.Ordinal));
        Assert.Contains(zonesOnly.LegendEntries, e => e.StartsWith(hanyang.Plan.Zones[0].Name, StringComparison.Ordinal) && e.Contains("示意", StringComparison.Ordinal));
        Assert.DoesNotContain(zonesOnly.LegendEntries, e => e.StartsWith("小学", StringComparison.Ordinal));
        Assert.Contains(schools.LegendEntries, e => e.StartsWith("小学（", StringComparison.Ordinal));
        Assert.DoesNotContain(schools.LegendEntries, e => e.StartsWith("医院", StringComparison.Ordinal));
        Assert.DoesNotContain(schools.LegendEntries, e => e.StartsWith(hanyang.Plan.Zones[0].Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Coverage_ColoursCommunitiesGreenAndRed()
    {
        var map = MapRenderer.Render(Request(MapLayer.District, MapLayer.Coverage) with { Coverage = hanyang.Coverage, ServiceArea = hanyang.ServiceArea });
        using var bitmap = SKBitmap.Decode(map.Png);
        bool Is(SKColor pixel, bool red) => red ? pixel.Red > 180 && pixel.Green < 100 && pixel.Blue < 100 : pixel.Green > 120 && pixel.Red < 100 && pixel.Blue < 100;
        int Share(bool covered) => hanyang.Coverage.Communities.Where(c => c.Covered == covered)
            .Select(c => map.Viewport.ToPixel(c.Community.Location.Coordinate))
            .Count(at => Is(bitmap.GetPixel((int)at.X, (int)at.Y), red: !covered)) * 100 / hanyang.Coverage.Communities.Count(c => c.Covered == covered);

        // Most centres show their colour; a few are under a neighbour's symbol or label.
        Assert.True(Share(covered: false) >= 80, $"{Share(covered: false)}% of uncovered communities are red");
        Assert.True(Share(covered: true) >= 60, $"{Share(covered: true)}% of covered communities are green");
        Assert.Contains("未覆盖社区（位置近似，示意）", map.LegendEntries);
    }

    [Theory]
    [InlineData(299)]
    [InlineData(12001)]
    public void Render_ImpossibleSize_NamesTheSide(int width)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MapRenderer.Render(Request(MapLayer.District) with { WidthPixels = width }));
        Assert.Equal("WidthPixels", e.ParamName);
    }

    [Fact]
    public void CjkFont_HasChineseAndLatinGlyphs()
    {
        using var data = SKData.CreateCopy(CjkFont.Default.TrueType.Span);
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface, 12);

        Assert.True(font.ContainsGlyphs("汉阳区钟家村社区覆盖率"), CjkFont.Default.Path);
        Assert.True(font.ContainsGlyphs("0123456789 km %ABC"), CjkFont.Default.Path);
    }

    [Theory]
    [InlineData(999, 500)]
    [InlineData(1000, 1000)]
    [InlineData(4300, 2000)]
    [InlineData(7.5, 5)]
    public void NiceLength_IsOneTwoOrFiveTimesAPowerOfTen(double meters, double expected) => Assert.Equal(expected, MapRenderer.NiceLength(meters), 9);

    private static Point World(MapViewport viewport, int px, int py) =>
        new(viewport.Extent.MinX + ((px - viewport.Frame.Left) * viewport.MetersPerPixel), viewport.Extent.MaxY - ((py - viewport.Frame.Top) * viewport.MetersPerPixel));

    private static bool Differs(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) > 12;
}
