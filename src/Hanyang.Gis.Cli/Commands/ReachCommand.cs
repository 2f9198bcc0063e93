using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Application;
using Hanyang.Gis.Application.Reach;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang reach</c>: every facility a community can reach within a budget, with minutes and metres.</summary>
internal static class ReachCommand
{
    public static Command Create()
    {
        var community = new Option<string>("--community") { Description = "community code (12 digits) or name, e.g. 钟家村社区", Required = true };
        var mode = CommonOptions.Mode();
        var minutes = CommonOptions.Minutes(15);
        var command = new Command("reach", "What a community can reach: every facility within the budget, by kind") { community, mode, minutes }.WithStoreOptions();
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = CliRequests.Parsed(ReachUseCase.Parse(
                CliRequests.Values((ReachUseCase.Field, parse.GetValue(community)), ("mode", parse.GetValue(mode)), ("minutes", CliRequests.Text(parse.GetValue(minutes)))),
                UseCaseLimits.Cli));
            var result = CliRequests.Answer(await ReachUseCase.RunAsync(new PlanWorkspace(PlanSource.Open(parse)), request, withRoutes: false, cancellationToken));
            var (target, reached) = (result.Community, result.Reached);
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{target.Name} ({target.Code}, population {target.Population:N0}) — {request.Profile.Name}, {request.Minutes:0.#} min: {reached.Count} facilities"));
            foreach (var group in reached.GroupBy(r => r.Facility.Kind).OrderBy(g => g.Key))
            {
                Console.WriteLine($"  {Identifiers.Of(group.Key)} ({group.Count()})");
                foreach (var r in group)
                {
                    Console.WriteLine(string.Create(inv, $"    {r.Facility.Name}  {r.Minutes:0.0} min  (straight line {r.StraightLineMeters:0} m)"));
                }
            }

            return 0;
        });
        return command;
    }
}
