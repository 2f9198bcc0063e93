using System.Globalization;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Reports;

/// <summary>The planners' Chinese words for the system's identifiers, as the web map uses them.</summary>
public static class ReportTerms
{
    /// <summary>The facility kind in Chinese (小学, 社区卫生服务中心 …).</summary>
    public static string Kind(FacilityKind kind) => Maps.MapSymbology.Zh(kind);

    /// <summary>A travel mode identifier (walk, walk-slow, drive, drive-peak) in Chinese.</summary>
    public static string Mode(string mode) => mode switch
    {
        "walk" => "步行",
        "walk-slow" => "慢行（老人/儿童）",
        "drive" => "驾车",
        "drive-peak" => "高峰驾车",
        _ => mode,
    };

    /// <summary>"小学 步行 10 分钟".</summary>
    public static string Analysis(FacilityKind kind, string mode, double minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind(kind)} {Mode(mode)} {minutes:0.#} 分钟");
}
