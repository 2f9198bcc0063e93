using System.Buffers.Binary;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>Every verb: --help names its options (exit 0), a wrong argument is a usage error (exit 2); render, report and serve do their work.</summary>
public sealed class VerbTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "hanyang-verbs-" + Guid.NewGuid().ToString("N"));

    public VerbTests() => Directory.CreateDirectory(work);

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Theory]
    [InlineData("serve", "--urls,--connection,--data-dir")]
    [InlineData("db", "migrate,status,seed")]
    [InlineData("import", "--layer,--file,--crs,--mapping,--preset,--sheet,--make-valid,--dry-run,--format")]
    [InlineData("coverage", "--kind,--mode,--minutes,--format,--out")]
    [InlineData("isochrones", "--kind,--mode,--minutes,--out")]
    [InlineData("medical-circles", "--profile,--minutes")]
    [InlineData("reach", "--community,--mode,--minutes")]
    [InlineData("render", "--layers,--bbox,--width,--height,--title,--kind,--scenario,--sites,--out")]
    [InlineData("report", "--kind,--mode,--minutes,--title,--scenario,--siting,--out")]
    [InlineData("crs", "convert")]
    [InlineData("geodata", "check")]
    public void Help_ExitsZeroAndNamesTheOptions(string verb, string options)
    {
        var (code, stdout, _) = Hanyang.Run(verb, "--help");

        Assert.Equal(0, code);
        foreach (var option in options.Split(','))
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("serve --urls ftp://example", "--urls ftp://example: give an http:// or https:// address")]
    [InlineData("db --bogus", "Unrecognized command or argument '--bogus'")]
    [InlineData("import --layer facilities", "Option '--file' is required")]
    [InlineData("coverage --kind school", "--kind: 'school' is not a known FacilityKind; expected one of: kindergarten, primary-school")]
    [InlineData("coverage --kind primary-school --minutes 0", "--minutes 0: give a budget between 0 and 240 minutes")]
    [InlineData("isochrones --kind park --mode fly --out x.geojson", "--mode: 'fly' is not one of: walk, walk-slow, drive, drive-peak")]
    [InlineData("medical-circles --profile rush", "--profile: 'rush' is not one of: offpeak, peak")]
    [InlineData("reach --community 钟家村社区 --minutes abc", "Cannot parse argument 'abc'")]
    [InlineData("render --width wide --out m.png", "Cannot parse argument 'wide'")]
    [InlineData("render --layers roads,metro --out m.png", "--layers: 'metro' is not a layer")]
    [InlineData("render --bbox 114.3,30.5,114.2,30.6 --out m.png", "needs minLon < maxLon")]
    [InlineData("render --width 50 --out m.png", "--width 50: give 300–12000 pixels")]
    [InlineData("render --layers coverage --out m.png", "--layers coverage needs --kind")]
    [InlineData("report --kind primary-school --out r.docx", "--out r.docx: the file must end in .xlsx or .pdf")]
    [InlineData("crs convert --from wgs84", "Option '--in' is required")]
    [InlineData("geodata", "Required command was not provided")]
    [InlineData("plot", "Unrecognized command or argument 'plot'")]
    public void WrongArgument_ExitsTwoWithAMessage(string arguments, string message)
    {
        var (code, _, stderr) = Hanyang.Run(arguments.Split(' '));

        Assert.True(code == 2, $"exit {code}: {stderr}");
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CoverageMap_WritesAPngOfTheRequestedSizeAndReportsProgress()
    {
        var png = Path.Combine(work, "map.png");

        var (code, stdout, stderr) = Hanyang.Run("render", "--layers", "district,roads,coverage", "--kind", "primary-school", "--minutes", "10", "--width", "800", "--height", "600", "--out", png, "--data-dir", work);

        Assert.True(code == 0, stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.Equal((800u, 600u), (BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20))));
        Assert.Contains("未覆盖社区", stdout, StringComparison.Ordinal);
        Assert.Contains("computing coverage along the network", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Xlsx_DistrictRowEqualsCoverageJson()
    {
        var xlsx = Path.Combine(work, "report.xlsx");

        var (code, _, stderr) = Hanyang.Run("report", "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--out", xlsx, "--data-dir", work);
        var (jsonCode, json, jsonError) = Hanyang.Run("coverage", "--kind", "primary-school", "--mode", "walk", "--minutes", "10", "--format", "json", "--data-dir", work);

        Assert.True(code == 0, stderr);
        Assert.True(jsonCode == 0, jsonError);
        using var summary = JsonDocument.Parse(json);
        var district = summary.RootElement.GetProperty("district");
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal("汇总", sheet.Name!.Value);
        var row = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal(district.GetProperty("name").GetString(), row[2].InlineString!.InnerText);
        Assert.Equal(district.GetProperty("population").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), row[5].CellValue!.Text);
        Assert.Equal(district.GetProperty("covered_population").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), row[6].CellValue!.Text);
        Assert.Equal(district.GetProperty("coverage_rate").GetDouble(), Math.Round(double.Parse(row[7].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 4));
    }

    [Fact]
    public async Task Serve_AnswersOgcApiUntilStopped()
    {
        var port = FreePort();
        using var server = Hanyang.Start("serve", "--urls", $"http://127.0.0.1:{port}", "--data-dir", work);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            string? collections = null;
            for (var attempt = 0; attempt < 120 && collections is null && !server.HasExited; attempt++)
            {
                try
                {
                    collections = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/ogc/collections"));
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.False(server.HasExited, "hanyang serve exited: " + (server.HasExited ? server.StandardError.ReadToEnd() : string.Empty));
            Assert.NotNull(collections);
            Assert.Contains("\"communities\"", collections, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
