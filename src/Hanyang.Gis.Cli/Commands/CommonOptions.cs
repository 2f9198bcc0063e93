using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// Options that several verbs share, spelt and validated the same way everywhere, so that a wrong value is a
/// usage error (exit code 2) that names the option, before anything runs.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The travel modes every analysis verb accepts.</summary>
    public static readonly string[] Modes = ["walk", "walk-slow", "drive", "drive-peak"];

    /// <summary><c>--kind</c>: a facility kind identifier.</summary>
    public static Option<string> Kind(bool required = true)
    {
        var option = new Option<string>("--kind") { Description = "facility kind: " + string.Join(", ", Identifiers.All<FacilityKind>()), Required = required };
        option.AcceptOnlyFromAmong([.. Identifiers.All<FacilityKind>()]);
        return option;
    }

    /// <summary><c>--mode</c>: how people travel.</summary>
    public static Option<string> Mode()
    {
        var option = new Option<string>("--mode") { Description = "walk (4.5 km/h), walk-slow (elderly and children, 3 km/h), drive or drive-peak", DefaultValueFactory = _ => "walk" };
        option.AcceptOnlyFromAmong(Modes);
        return option;
    }

    /// <summary><c>--minutes</c>: a travel-time budget, 0 &lt; minutes ≤ 240.</summary>
    public static Option<double> Minutes(double defaultMinutes = 10, string description = "travel-time budget in minutes")
    {
        var option = new Option<double>("--minutes") { Description = description, DefaultValueFactory = _ => defaultMinutes };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 240))
            {
                result.AddError($"--minutes {value.ToString(CultureInfo.InvariantCulture)}: give a budget between 0 and 240 minutes");
            }
        });
        return option;
    }

    /// <summary>An option restricted to <paramref name="values"/>.</summary>
    public static Option<string> OneOf(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = $"{description}: {string.Join(", ", values)}", DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>An image side in pixels.</summary>
    public static Option<int> Pixels(string name, int defaultValue)
    {
        var option = new Option<int>(name) { Description = $"image {name.TrimStart('-')} in pixels ({Reports.Maps.MapRequest.MinimumPixels}–{Reports.Maps.MapRequest.MaximumPixels})", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < Reports.Maps.MapRequest.MinimumPixels or > Reports.Maps.MapRequest.MaximumPixels)
            {
                result.AddError($"{name} {value}: give {Reports.Maps.MapRequest.MinimumPixels}–{Reports.Maps.MapRequest.MaximumPixels} pixels");
            }
        });
        return option;
    }
}
