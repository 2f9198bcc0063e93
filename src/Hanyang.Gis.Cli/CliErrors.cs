using Hanyang.Gis.Data.GeoJson;
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
        catch (Exception e) when (e is FormatException or GeoJsonFormatException or GeometryRejectedException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hanyang: {e.Message}");
            return 1;
        }
    }
}
