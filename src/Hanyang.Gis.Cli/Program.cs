using System.CommandLine;
using Hanyang.Gis.Cli.Commands;

namespace Hanyang.Gis.Cli;

/// <summary>The <c>hanyang</c> command: every verb in one place.</summary>
internal static class HanyangCommand
{
    /// <summary>Runs a verb; exit codes: 0 done, 1 failed (the message says why), 2 wrong usage.</summary>
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("hanyang — 汉阳区空间规划工具 (Hanyang.Gis). Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage.")
        {
            ServeCommand.Create(),
            DbCommand.Create(),
            ImportCommand.Create(),
            CoverageCommand.Create(),
            IsochronesCommand.Create(),
            MedicalCirclesCommand.Create(),
            ReachCommand.Create(),
            SiteCommand.Create(),
            RenderCommand.Create(),
            ReportCommand.Create(),
            CrsCommand.Create(),
            GeodataCommand.Create(),
            DistrictCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Wrong usage is exit code 2 for every verb: one line per problem, the last pointing to --help.
            var help = parse.CommandResult.Command == root ? "hanyang --help" : $"hanyang {parse.CommandResult.Command.Name} --help";
            for (var i = 0; i < parse.Errors.Count; i++)
            {
                Console.Error.WriteLine($"hanyang: {parse.Errors[i].Message}{(i == parse.Errors.Count - 1 ? $" (see: {help})" : string.Empty)}");
            }

            return 2;
        }

        // Every verb's failure goes through CliErrors: System.CommandLine's own handler would print a stack trace.
        return await CliErrors.RunAsync(
            () => parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }),
            () => PlanSource.Given(parse)).ConfigureAwait(false);
    }
}
