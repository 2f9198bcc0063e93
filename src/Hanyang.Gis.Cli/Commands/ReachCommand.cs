using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Analysis.Reach;
using Hanyang.Gis.Analysis.Routing;
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
            var plan = await PlanSource.Open(parse).GetPlanAsync(cancellationToken);
            var wanted = parse.GetValue(community)!;
            var matches = plan.Communities.Where(c => c.Code.Value == wanted || c.Name == wanted || c.Name == wanted + "社区").ToList();
            var target = matches.Count switch
            {
                1 => matches[0],
                0 => throw new FormatException($"--community {wanted}: no community has that code or name"),
                _ => throw new FormatException($"--community {wanted}: {matches.Count} communities match; use the code ({string.Join(", ", matches.Select(m => m.Code))})"),
            };
            var profile = CoverageCommand.Profile(parse.GetValue(mode)!);
            var budget = parse.GetValue(minutes);
            var reached = CommunityReach.From(plan, PlanNetworkBuilder.Build(plan.Roads).Profiled(profile), target, budget);
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{target.Name} ({target.Code}, population {target.Population:N0}) — {profile.Name}, {budget:0.#} min: {reached.Count} facilities"));
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
