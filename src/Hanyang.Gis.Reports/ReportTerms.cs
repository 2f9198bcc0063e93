using System.Globalization;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Reports;

/// <summary>The planners' Chinese words for the system's identifiers, from the domain's catalogues (as the web map shows them).</summary>
public static class ReportTerms
{
    /// <summary>The facility kind in Chinese (小学, 社区卫生服务中心 …).</summary>
    public static string Kind(FacilityKind kind) => FacilityKinds.NameZh(kind);

    /// <summary>A travel mode identifier (walk, walk-slow, drive, drive-peak) in Chinese; an unknown identifier as it is.</summary>
    public static string Mode(string mode) => TravelModes.Find(mode)?.FullLabelZh ?? mode;

    /// <summary>"小学 步行 10 分钟".</summary>
    public static string Analysis(FacilityKind kind, string mode, double minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind(kind)} {Mode(mode)} {minutes:0.#} 分钟");
}
