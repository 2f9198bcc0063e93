using System.CommandLine;
using System.Globalization;
using System.Text;
using Hanyang.Gis.Analysis.Medical;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Plan;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// <c>hanyang medical-circles</c>: the plan's four 10-minute medical emergency circles (东中南西, ch. 9 note 17),
/// by car from each circle's anchor hospitals, and the communities outside all of them.
/// </summary>
internal static class MedicalCirclesCommand
{
    public static Command Create()
    {
        var profileOption = CommonOptions.OneOf("--profile", "driving profile", "offpeak", "offpeak", "peak");
        var minutes = CommonOptions.Minutes(10, "budget in minutes (the plan's circles are 10 minutes)");
        var command = new Command("medical-circles", "The four 10-minute medical emergency circles by car and who is left outside them") { profileOption, minutes }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(profileOption);
            var profile = name is "offpeak" or "peak" ? MedicalCircles.Profile(name) : throw new FormatException($"--profile {name}: use offpeak or peak");
            var plan = await PlanSource.Open(parse).GetPlanAsync(cancellationToken);
            Console.Write(Report(plan, profile, parse.GetValue(minutes)));
            return 0;
        });
        return command;
    }

    internal static string Report(PlanDataset plan, Network.TravelProfile profile, double minutes)
    {
        var inv = CultureInfo.InvariantCulture;
        var result = MedicalCircles.Compute(plan, PlanNetworkBuilder.Build(plan.Roads), profile, minutes);
        var b = new StringBuilder();
        b.AppendLine(inv, $"10分钟医疗急救圈 — {profile.Name}, {minutes:0.#} min by car");
        foreach (var circle in result.Circles)
        {
            if (circle.Anchors.Count == 0)
            {
                b.AppendLine(inv, $"  {circle.Name} ({Identifiers.Of(circle.Circle)}): no anchor hospital in the data");
                continue;
            }

            b.AppendLine(inv, $"  {circle.Name} ({Identifiers.Of(circle.Circle)}) {string.Join("、", circle.Anchors.Select(a => a.Name))}: {circle.District.CoveredCommunities} communities, {circle.District.CoveredPopulation:N0} residents ({circle.District.Rate:P1} of the district)");
        }

        b.AppendLine(inv, $"  outside all four circles: {result.Outside.Count} communities, {result.OutsidePopulation:N0} residents ({result.OutsideRate:P1})");
        foreach (var c in result.Outside)
        {
            b.AppendLine(inv, $"    {c.Code} {c.Name} {c.Population:N0}");
        }

        return b.ToString();
    }
}
