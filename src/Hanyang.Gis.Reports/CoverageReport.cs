using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Reports.Siting;

namespace Hanyang.Gis.Reports;

/// <summary>What a coverage report (.xlsx or .pdf) says.</summary>
/// <param name="Title">The report's title, e.g. "汉阳区 小学 步行 10 分钟覆盖分析".</param>
/// <param name="Coverage">The coverage result every number comes from.</param>
/// <param name="ModeId">The travel mode identifier asked for (walk, walk-slow, drive, drive-peak).</param>
/// <param name="MapPng">The coverage map (PNG), or null to leave it out.</param>
/// <param name="GeneratedAt">When the report was made (printed on it).</param>
public sealed record CoverageReport(string Title, CoverageResult Coverage, string ModeId, byte[]? MapPng, DateTimeOffset GeneratedAt)
{
    /// <summary>Sites a siting run chose, with the residents each newly covers; empty when there was no siting run.</summary>
    public IReadOnlyList<ChosenSite> Sites { get; init; } = [];

    /// <summary>A note on the plan used (e.g. the scenario in force), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Where the data comes from and how far it can be trusted, one line each (printed on the 说明 sheet and page).</summary>
    public IReadOnlyList<string> DataNotes { get; init; } = DefaultDataNotes;

    /// <summary>The data notes every report carries.</summary>
    public static readonly IReadOnlyList<string> DefaultDataNotes =
    [
        "数据来源：Hanyang.Gis 随附数据集 geodata/hanyang（各图层的来源、许可与精度见 geodata/README.md）。",
        "区界、街道与社区名称、编码来自公开行政区划资料；社区人口为按街道分配的示意数据，不是统计调查数。",
        "道路主要描自 OpenStreetMap（© OpenStreetMap contributors，ODbL 1.0），部分为手工补绘或示意生成的街坊路。",
        "部分设施位置为示意或近似（误差可达数百米）；标“示意”的数据仅供参考，不可作为决策依据。",
        "覆盖按路网计算：社区与设施就近接入道路，步行不走快速路，过江只走桥梁与隧道；直线距离覆盖率仅供对比。",
    ];

    /// <summary>The analysis in the planners' words ("小学 步行 10 分钟").</summary>
    public string Analysis => ReportTerms.Analysis(Coverage.Request.Kind, ModeId, Coverage.Request.Minutes);
}
