using System.CommandLine;
using System.Globalization;
using System.Text;
using Hanyang.Gis.Analysis.Medical;
using Hanyang.Gis.Application;
using Hanyang.Gis.Application.MedicalCircles;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// <c>hanyang medical-circles</c>: the plan's four 10-minute medical emergency circles (东中南西, ch. 9 note 17),
/// by car from each circle's anchor hospitals, and the communities outside all of them.
/// </summary>
internal static class MedicalCirclesCommand
{
    public static Command Create()
    {
        var profileOption = CommonOptions.OneOf("--profile", "driving profile", "offpeak", [.. MedicalCirclesRequest.Profiles]);
        var minutes = CommonOptions.Minutes(10, "budget in minutes (the plan's circles are 10 minutes)");
        var command = new Command("medical-circles", "The four 10-minute medical emergency circles by car and who is left outside them") { profileOption, minutes }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = CliRequests.Parsed(MedicalCirclesRequest.Parse(
                CliRequests.Values(("profile", parse.GetValue(profileOption)), ("minutes", CliRequests.Text(parse.GetValue(minutes)))), UseCaseLimits.Cli));
            Console.Write(Report(await MedicalCirclesUseCase.RunAsync(new PlanWorkspace(PlanSource.Open(parse)), request, cancellationToken)));
            return 0;
        });
        return command;
    }

    internal static string Report(MedicalCirclesResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(inv, $"10分钟医疗急救圈 — {result.ProfileName}, {result.Minutes:0.#} min by car");
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
