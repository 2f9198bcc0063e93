using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Analysis.Medical;

/// <summary>
/// The plan's four 10-minute medical emergency circles (东中南西, 《汉阳区“十四五”规划》 ch. 9 note 17): for each
/// circle, coverage by car from its anchor hospitals alone (the anchors stand in for the hospital kind, built
/// or not, since the plan counts them as the circle's centre), the dissolved service circle, and the
/// communities left outside all four. Shared by the CLI and the API.
/// </summary>
public static class MedicalCircles
{
    /// <summary>The plan's Chinese names of the circles, by <see cref="MedicalCircle"/>.</summary>
    public static string NameOf(MedicalCircle circle) => circle switch
    {
        MedicalCircle.East => "东部",
        MedicalCircle.Centre => "中部",
        MedicalCircle.South => "南部",
        _ => "西部",
    };

    /// <summary>The driving profile named offpeak or peak.</summary>
    /// <exception cref="FormatException">Any other name.</exception>
    public static TravelProfile Profile(string? name) => name switch
    {
        "offpeak" => TravelProfiles.Driving(),
        "peak" => TravelProfiles.DrivingPeak(),
        _ => throw new FormatException($"profile '{name}': use offpeak or peak"),
    };

    /// <summary>Computes the four circles within <paramref name="minutes"/> under <paramref name="profile"/>.</summary>
    public static MedicalCirclesResult Compute(PlanDataset plan, PlanNetwork network, TravelProfile profile, double minutes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(profile);
        var profiled = network.Profiled(profile);
        var circles = new List<MedicalCircleCoverage>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var circle in Enum.GetValues<MedicalCircle>())
        {
            var anchors = plan.Facilities.Where(f => f.MedicalCircle == circle).ToArray();
            var stand = anchors.Select(a => a with { Kind = FacilityKind.Hospital, Status = BuildStatus.Existing }).ToArray();
            var only = plan with { Facilities = stand };
            var result = new CoverageAnalyzer(only, network).Compute(new CoverageRequest(FacilityKind.Hospital, profile, minutes));
            var codes = result.Communities.Where(r => r.Covered).Select(r => r.Community.Code).ToArray();
            covered.UnionWith(codes.Select(c => c.Value));
            var area = stand.Length == 0 ? null : new ServiceCircleBuilder(profiled).ForAll(stand, minutes).Dissolved;
            circles.Add(new MedicalCircleCoverage(circle, NameOf(circle), anchors, result.District, codes, area));
        }

        var outside = plan.Communities.Where(c => !covered.Contains(c.Code.Value)).OrderByDescending(c => c.Population).ThenBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
        return new MedicalCirclesResult(profile.Name, minutes, circles, outside, plan.TotalPopulation);
    }
}
