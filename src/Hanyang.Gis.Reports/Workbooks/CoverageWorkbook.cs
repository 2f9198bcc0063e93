using Hanyang.Gis.Analysis.Coverage;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hanyang.Gis.Reports.Workbooks;

/// <summary>
/// Writes a coverage report as an Excel workbook (Office Open XML, ECMA-376): sheets 汇总 (district,
/// streets, zones), 图表 (a native bar chart of the streets' coverage), 社区 (one row per community), 未覆盖社区, 新选址 (when a siting run is given), 地图 (the
/// coverage map) and 说明 (sources, synthetic-data warning). Numbers are numbers with real formats
/// (#,##0 and 0.0%), header rows are frozen and every table has an autofilter, so planners can sort.
/// </summary>
public static partial class CoverageWorkbook
{
    /// <summary>Sheet names, in order.</summary>
    public const string SummarySheet = "汇总";

    /// <summary>One row per community.</summary>
    public const string CommunitiesSheet = "社区";

    /// <summary>The communities left out.</summary>
    public const string UncoveredSheet = "未覆盖社区";

    /// <summary>Chosen sites of a siting run.</summary>
    public const string SitesSheet = "新选址";

    /// <summary>The coverage map image.</summary>
    public const string MapSheet = "地图";

    /// <summary>Sources and warnings.</summary>
    public const string NotesSheet = "说明";

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>.</summary>
    public static void Write(CoverageReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var c = report.Coverage;

        AddTable(workbookPart, SummarySheet,
            [("类别", Kind.Text), ("编码", Kind.Text), ("名称", Kind.Text), ("社区数", Kind.Integer), ("已覆盖社区", Kind.Integer), ("人口", Kind.Integer), ("覆盖人口", Kind.Integer), ("覆盖率", Kind.Percent), ("直线覆盖人口", Kind.Integer), ("直线覆盖率", Kind.Percent)],
            new[] { ("区", c.District) }.Concat(c.Streets.Select(s => ("街道", s))).Concat(c.Zones.Select(z => ("功能分区", z)))
                .Select(r => Area(r.Item1, r.Item2)));

        // 汇总: row 1 header, row 2 the district, the streets from row 3.
        AddChartSheet(workbookPart, $"{report.Title}：各街道覆盖率", c.Streets, firstRow: 3);

        AddTable(workbookPart, CommunitiesSheet,
            [("编码", Kind.Text), ("社区", Kind.Text), ("街道", Kind.Text), ("人口", Kind.Integer), ("是否覆盖", Kind.Text), ("最近设施", Kind.Text), ("用时（分钟）", Kind.Decimal), ("路网距离（米）", Kind.Integer), ("预算内设施数", Kind.Integer), ("直线距离（米）", Kind.Integer), ("直线覆盖", Kind.Text), ("数据精度", Kind.Text)],
            c.Communities.Select(r => Community(r, StreetName(c, r))));

        AddTable(workbookPart, UncoveredSheet,
            [("编码", Kind.Text), ("社区", Kind.Text), ("街道", Kind.Text), ("人口", Kind.Integer), ("最近设施", Kind.Text), ("用时（分钟）", Kind.Decimal), ("路网距离（米）", Kind.Integer), ("可接入路网", Kind.Text)],
            c.Uncovered.OrderByDescending(r => r.Community.Population).Select(r => new object?[]
            {
                r.Community.Code.Value, r.Community.Name, StreetName(c, r), r.Community.Population, r.Nearest?.Name,
                Finite(r.NearestMinutes), Finite(Math.Round(r.NearestNetworkMeters)), r.OnNetwork ? "是" : "否（附近无可用道路）",
            }));

        if (report.Sites.Count > 0)
        {
            AddTable(workbookPart, SitesSheet,
                [("编号", Kind.Text), ("名称", Kind.Text), ("设施类型", Kind.Text), ("覆盖人口", Kind.Integer), ("新增覆盖人口", Kind.Integer)],
                report.Sites.Select(s => new object?[] { s.Id, s.Name, s.Kind, s.CoveredPopulation, s.GainPopulation }));
        }

        if (report.MapPng is { } png)
        {
            AddImageSheet(workbookPart, MapSheet, png, report.Title);
        }

        AddNotes(workbookPart, report);
        workbookPart.Workbook.Save();
    }

    private static object?[] Area(string kind, AreaCoverage a) =>
        [kind, a.Id, a.Name, a.Communities, a.CoveredCommunities, a.Population, a.CoveredPopulation, a.Rate, a.CoveredByStraightLinePopulation, a.StraightLineRate];

    private static object?[] Community(CommunityCoverage r, string street) =>
    [
        r.Community.Code.Value, r.Community.Name, street, r.Community.Population, r.Covered ? "是" : "否", r.Nearest?.Name,
        Finite(r.NearestMinutes), Finite(Math.Round(r.NearestNetworkMeters)), r.ReachableWithinBudget, Finite(Math.Round(r.StraightLineMeters)),
        r.CoveredByStraightLine ? "是" : "否", Accuracy(r.Community.Provenance.Accuracy),
    ];

    private static string StreetName(CoverageResult c, CommunityCoverage r) =>
        c.Streets.FirstOrDefault(s => s.Id == r.Community.Street.Value)?.Name ?? r.Community.Street.Value;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Accuracy(Domain.Accuracy accuracy) => accuracy switch
    {
        Domain.Accuracy.Official => "官方",
        Domain.Accuracy.Reference => "参考",
        Domain.Accuracy.Approximate => "近似",
        _ => "示意",
    };
}
