using System.CommandLine;
using Hanyang.Gis.Cli.Commands;

var root = new RootCommand("hanyang — 汉阳区空间规划工具 (Hanyang.Gis). Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage.")
{
    CrsCommand.Create(),
    GeodataCommand.Create(),
    CoverageCommand.Create(),
    IsochronesCommand.Create(),
    MedicalCirclesCommand.Create(),
    ReachCommand.Create(),
    ImportCommand.Create(),
    DbCommand.Create(),
    RenderCommand.Create(),
    ReportCommand.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Wrong usage is exit code 2 for every verb, told in one line per problem and a pointer to --help.
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"hanyang: {error.Message}");
    }

    Console.Error.WriteLine($"see: hanyang {string.Join(' ', parse.CommandResult.Command == root ? [] : new[] { parse.CommandResult.Command.Name })} --help".Replace("  ", " ", StringComparison.Ordinal));
    return 2;
}

return await parse.InvokeAsync();
