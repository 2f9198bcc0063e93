using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Cli;

/// <summary>
/// The one place where a verb's failure becomes what the user sees: one line on stderr, "hanyang: why", and
/// an exit code — 2 for wrong usage (<see cref="UsageException"/>), 130 when cancelled, 1 for the rest: the
/// database unreachable or refusing the login (host, port and what to check), not migrated or not seeded
/// (what to run), a user's mistake (its message), and anything unexpected (its message and type). Never a
/// stack trace, unless <c>HANYANG_DEBUG=1</c> asks for one (printed after the line).
/// </summary>
internal static class CliErrors
{
    /// <summary>The environment variable that, set to 1, adds the stack trace after the line.</summary>
    public const string DebugVariable = "HANYANG_DEBUG";

    /// <summary>Runs <paramref name="action"/> (a whole verb); <paramref name="connection"/> says which database was in force, for the message.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> action, Func<(string? Value, string Setting)> connection)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var (exitCode, line) = Explain(e, connection());
            Console.Error.WriteLine($"hanyang: {line}");
            if (Environment.GetEnvironmentVariable(DebugVariable) == "1")
            {
                Console.Error.WriteLine(e);
            }

            return exitCode;
        }
    }

    private static (int ExitCode, string Line) Explain(Exception e, (string? Value, string Setting) connection) => e switch
    {
        UsageException => (2, e.Message),
        UseCaseException => (1, e.Message),
        OperationCanceledException => (130, "cancelled; nothing was changed"),
        StoreNotReadyException => (1, e.Message),
        _ when PostGisFailures.Describe(e, connection.Value, connection.Setting) is { } database => (1, database),
        DuplicateIdException or FormatException or GeoJsonFormatException or GeometryRejectedException or GeodataException
            or EditConflictException or IOException or UnauthorizedAccessException or InvalidOperationException => (1, e.Message),
        _ => (1, $"{string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))} ({e.GetType().Name}; set {DebugVariable}=1 to see where)"),
    };
}
