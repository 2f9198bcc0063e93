using System.CommandLine;
using Hanyang.Gis.Cli.Commands;

var root = new RootCommand("hanyang — 汉阳区空间规划工具 (Hanyang.Gis)")
{
    CrsCommand.Create(),
    GeodataCommand.Create(),
    CoverageCommand.Create(),
    IsochronesCommand.Create(),
    MedicalCirclesCommand.Create(),
    ReachCommand.Create(),
    ImportCommand.Create(),
    DbCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
