using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Reports;
using Hanyang.Gis.Reports.Maps;
using Hanyang.Gis.Reports.Pdf;
using Hanyang.Gis.Reports.Siting;
using Hanyang.Gis.Reports.Workbooks;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang report</c>: a printable coverage report, as an Excel workbook or a PDF.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var kind = CommonOptions.Kind();
        var mode = CommonOptions.Mode();
        var minutes = CommonOptions.Minutes();
        var title = new Option<string?>("--title") { Description = "the report's title (default: the district's name and the analysis)" };
        var siting = new Option<FileInfo?>("--siting") { Description = "GeoJSON of chosen sites written by `hanyang site` (adds the sites and their gain)" };
        var output = new Option<FileInfo>("--out") { Description = "report.xlsx (Excel workbook) or report.pdf", Required = true };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { } file && Format(file) is null)
            {
                result.AddError($"--out {file.Name}: the file must end in .xlsx or .pdf");
            }
        });
        var command = new Command("report", "A printable coverage report: by district, street and zone, uncovered communities, the coverage map and a chart (.xlsx or .pdf)")
        {
            kind, mode, minutes, title, PlanAnalysis.Scenario, siting, output,
        }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var facilityKind = Identifiers.Parse<FacilityKind>(parse.GetValue(kind));
            var (m, budget) = (parse.GetValue(mode)!, parse.GetValue(minutes));
            var progress = new CliProgress(6);
            progress.Step("reading the plan");
            var (plan, note) = await PlanAnalysis.LoadAsync(parse, cancellationToken);
            var sites = parse.GetValue(siting) is { } file ? SitingResultReader.Parse(File.ReadAllText(file.FullName), file.Name) : [];
            var (coverage, area) = PlanAnalysis.Coverage(plan, facilityKind, m, budget, progress);
            var heading = parse.GetValue(title) ?? $"{plan.District.Name} {ReportTerms.Analysis(facilityKind, m, budget)}覆盖分析";
            progress.Step("drawing the coverage map");
            var layers = new List<MapLayer> { MapLayer.Zones, MapLayer.Water, MapLayer.Streets, MapLayer.Roads, MapLayer.District, MapLayer.Coverage, MapLayer.Facilities };
            if (sites.Count > 0)
            {
                layers.Add(MapLayer.Sites);
            }

            var map = MapRenderer.Render(new MapRequest(plan, layers, RenderCommand.Extent(null, plan), 1600, 1200, heading)
            {
                Subtitle = string.Create(CultureInfo.InvariantCulture, $"人口覆盖率 {coverage.District.Rate:P1}（{coverage.District.CoveredPopulation:N0} / {coverage.District.Population:N0} 人）；未覆盖社区 {coverage.Uncovered.Count()} 个；沿路网计算"),
                Coverage = coverage,
                ServiceArea = area,
                FacilityKinds = new HashSet<FacilityKind> { facilityKind },
                Sites = sites,
                Note = note,
            });
            var report = new CoverageReport(heading, coverage, m, map.Png, DateTimeOffset.Now) { Sites = sites, Note = note };
            var target = parse.GetValue(output)!;
            progress.Step($"writing {target.Name}");
            using (var buffer = new MemoryStream())
            {
                if (Format(target) == "pdf")
                {
                    CoveragePdf.Write(report, buffer);
                }
                else
                {
                    CoverageWorkbook.Write(report, buffer);
                }

                AtomicFile.WriteAllBytes(target.FullName, buffer.ToArray());
            }

            progress.Finish();
            var pages = Format(target) == "pdf" ? $", {CoveragePdf.PageCount(report)} pages" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{heading}: district {coverage.District.Rate:P1} ({coverage.District.CoveredPopulation:N0} of {coverage.District.Population:N0} residents), {coverage.Uncovered.Count()} communities uncovered{(sites.Count > 0 ? $", {sites.Count} chosen sites (+{sites.Sum(s => s.GainPopulation):N0})" : string.Empty)}{pages}; written to {target.FullName}"));
            return 0;
        });
        return command;
    }

    private static string? Format(FileInfo file) => Path.GetExtension(file.Name).ToLowerInvariant() switch
    {
        ".xlsx" => "xlsx",
        ".pdf" => "pdf",
        _ => null,
    };
}
