using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Cli;

/// <summary>Turns the errors a user can cause into one clear line on stderr and exit code 1 — never a stack trace.</summary>
internal static class CliErrors
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (IsUserError(e))
        {
            Console.Error.WriteLine($"hanyang: {e.Message}");
            return 1;
        }
    }

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (IsUserError(e))
        {
            Console.Error.WriteLine($"hanyang: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("hanyang: cancelled; nothing was changed");
            return 130;
        }
    }

    private static bool IsUserError(Exception e) =>
        e is FormatException or GeoJsonFormatException or GeometryRejectedException or GeodataException or EditConflictException
            or IOException or UnauthorizedAccessException or InvalidOperationException;
}
