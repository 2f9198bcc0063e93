using System.CommandLine;
using Hanyang.Gis.Data;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Cli;

/// <summary>
/// Finds the plan store the same way for every verb (and as the server will): <c>--connection</c>, else
/// the configuration key ConnectionStrings:Plan (environment <c>ConnectionStrings__Plan</c>) for PostGIS;
/// without one, the embedded store over the bundled geodata/hanyang and the data directory.
/// </summary>
internal static class PlanSource
{
    public static readonly Option<string?> Connection = new("--connection") { Description = "PostGIS connection string (default: ConnectionStrings__Plan; without one the embedded store is used)" };

    public static readonly Option<DirectoryInfo?> Geodata = new("--geodata") { Description = "embedded store: the geodata directory to serve (default: the bundled geodata/hanyang)" };

    public static readonly Option<DirectoryInfo?> DataDirectory = new("--data-dir") { Description = "embedded store: where edits are kept (default: HANYANG_DATA_DIR or ~/.local/share/hanyang-gis/data)" };

    /// <summary>The connection string in force, or null for the embedded store.</summary>
    public static string? ConnectionString(ParseResult parse) =>
        parse.GetValue(Connection) is { Length: > 0 } given
            ? given
            : Environment.GetEnvironmentVariable("ConnectionStrings__Plan") is { Length: > 0 } configured ? configured : null;

    /// <summary>Opens the store in force.</summary>
    public static IPlanStore Open(ParseResult parse) =>
        PlanStores.Open(ConnectionString(parse), parse.GetValue(Geodata)?.FullName, parse.GetValue(DataDirectory)?.FullName).Store;

    /// <summary>Adds the store options to a command.</summary>
    public static T WithStoreOptions<T>(this T command)
        where T : Command
    {
        command.Options.Add(Connection);
        command.Options.Add(Geodata);
        command.Options.Add(DataDirectory);
        return command;
    }
}
