using System.CommandLine;
using System.Globalization;
using System.Text;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// <c>hanyang medical-circles</c>: the plan's four 10-minute medical emergency circles (东中南西, ch. 9 note 17),
/// by car from each circle's anchor hospitals, and the communities outside all of them.
/// </summary>
internal static class MedicalCirclesCommand
{
    private static readonly string[] CircleNames = ["东部", "中部", "南部", "西部"];

    public static Command Create()
    {
        var profileOption = CommonOptions.OneOf("--profile", "driving profile", "offpeak", "offpeak", "peak");
        var minutes = CommonOptions.Minutes(10, "budget in minutes (the plan's circles are 10 minutes)");
        var command = new Command("medical-circles", "The four 10-minute medical emergency circles by car and who is left outside them") { profileOption, minutes }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var profile = parse.GetValue(profileOption) switch
            {
                "offpeak" => TravelProfiles.Driving(),
                "peak" => TravelProfiles.DrivingPeak(),
                var other => throw new FormatException($"--profile {other}: use offpeak or peak"),
            };
            var plan = await PlanSource.Open(parse).GetPlanAsync(cancellationToken);
            Console.Write(Report(plan, profile, parse.GetValue(minutes)));
            return 0;
        }));
        return command;
    }

    internal static string Report(PlanDataset plan, Network.TravelProfile profile, double minutes)
    {
        var inv = CultureInfo.InvariantCulture;
        var network = PlanNetworkBuilder.Build(plan.Roads);
        var b = new StringBuilder();
        b.AppendLine(inv, $"10分钟医疗急救圈 — {profile.Name}, {minutes:0.#} min by car");
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var circle in Enum.GetValues<MedicalCircle>())
        {
            var anchors = plan.Facilities.Where(f => f.MedicalCircle == circle).ToArray();
            if (anchors.Length == 0)
            {
                b.AppendLine(inv, $"  {CircleNames[(int)circle]} ({Identifiers.Of(circle)}): no anchor hospital in the data");
                continue;
            }

            // Coverage of this circle alone: the anchors stand in for the kind.
            var only = plan with { Facilities = anchors.Select(a => a with { Kind = FacilityKind.Hospital, Status = BuildStatus.Existing }).ToArray() };
            var result = new CoverageAnalyzer(only, network).Compute(new CoverageRequest(FacilityKind.Hospital, profile, minutes));
            foreach (var row in result.Communities.Where(r => r.Covered))
            {
                covered.Add(row.Community.Code.Value);
            }

            b.AppendLine(inv, $"  {CircleNames[(int)circle]} ({Identifiers.Of(circle)}) {string.Join("、", anchors.Select(a => a.Name))}: {result.District.CoveredCommunities} communities, {result.District.CoveredPopulation:N0} residents ({result.District.Rate:P1} of the district)");
        }

        var outside = plan.Communities.Where(c => !covered.Contains(c.Code.Value)).OrderByDescending(c => c.Population).ToList();
        var total = plan.TotalPopulation;
        var outsidePopulation = outside.Sum(c => (long)c.Population);
        b.AppendLine(inv, $"  outside all four circles: {outside.Count} communities, {outsidePopulation:N0} residents ({(total == 0 ? 0 : (double)outsidePopulation / total):P1})");
        foreach (var c in outside)
        {
            b.AppendLine(inv, $"    {c.Code} {c.Name} {c.Population:N0}");
        }

        return b.ToString();
    }
}
