using System.CommandLine;
using Hanyang.Gis.Data;
using Hanyang.Gis.Domain.Stores;
using Npgsql;

namespace Hanyang.Gis.Cli;

/// <summary>
/// Finds the plan store the same way for every verb (and as the server will): <c>--connection</c>, else
/// the configuration key ConnectionStrings:Plan (environment <c>ConnectionStrings__Plan</c>) for PostGIS;
/// without one, the embedded store over the bundled geodata/hanyang and the data directory.
/// </summary>
internal static class PlanSource
{
    public static readonly Option<string?> Connection = ConnectionOption();

    public static readonly Option<DirectoryInfo?> Geodata = new("--geodata") { Description = "embedded store: the geodata directory to serve (default: the bundled geodata/hanyang)" };

    public static readonly Option<DirectoryInfo?> DataDirectory = new("--data-dir") { Description = "embedded store: where edits are kept (default: HANYANG_DATA_DIR or ~/.local/share/hanyang-gis/data)" };

    /// <summary>The connection string in force (null for the embedded store) and where it came from, unchecked: for messages.</summary>
    public static (string? Value, string Setting) Given(ParseResult parse) =>
        parse.GetValue(Connection) is { Length: > 0 } given
            ? (given, "--connection")
            : (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : null, Variable);

    /// <summary>The connection string in force, or null for the embedded store.</summary>
    /// <exception cref="UsageException">ConnectionStrings__Plan is not a connection string (--connection is checked when parsing).</exception>
    public static string? ConnectionString(ParseResult parse)
    {
        var (value, setting) = Given(parse);
        return value is not null && Problem(value) is { } problem ? throw new UsageException($"{setting}: {problem}") : value;
    }

    /// <summary>Opens the store in force.</summary>
    public static IPlanStore Open(ParseResult parse) =>
        PlanStores.Open(ConnectionString(parse), parse.GetValue(Geodata)?.FullName, parse.GetValue(DataDirectory)?.FullName).Store;

    private const string Variable = "ConnectionStrings__Plan";

    private static Option<string?> ConnectionOption()
    {
        var option = new Option<string?>("--connection") { Description = "PostGIS connection string, e.g. Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=… (default: ConnectionStrings__Plan; without one the embedded store is used)" };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Problem(result.Tokens[^1].Value) is { } problem)
            {
                result.AddError($"--connection: {problem}");
            }
        });
        return option;
    }

    /// <summary>Why <paramref name="value"/> is not a usable PostgreSQL connection string, or null. Never repeats the value: it may hold a password.</summary>
    private static string? Problem(string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value).Host is { Length: > 0 } ? null : "the connection string names no Host; write it as Host=…;Port=…;Database=…;Username=…;Password=…";
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException or OverflowException)
        {
            return $"not a PostgreSQL connection string ({e.Message.TrimEnd('.')}); write it as Host=…;Port=…;Database=…;Username=…;Password=…";
        }
    }

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
