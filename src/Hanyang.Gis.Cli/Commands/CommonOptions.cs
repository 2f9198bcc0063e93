using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// Options that several verbs share, spelt and validated the same way everywhere, so that a wrong value is a
/// usage error (exit code 2) that names the option, before anything runs.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The travel modes every analysis verb accepts.</summary>
    public static readonly string[] Modes = [.. TravelModes.Ids];

    /// <summary><c>--kind</c>: a facility kind identifier.</summary>
    public static Option<string> Kind(bool required = true)
    {
        var option = new Option<string>("--kind") { Description = "facility kind: " + string.Join(", ", Identifiers.All<FacilityKind>()), Required = required };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Identifiers.TryParse<FacilityKind>(result.Tokens[^1].Value, out _))
            {
                result.AddError($"--kind: '{result.Tokens[^1].Value}' is not a known FacilityKind; expected one of: {string.Join(", ", Identifiers.All<FacilityKind>())}");
            }
        });
        return option;
    }

    /// <summary><c>--mode</c>: how people travel.</summary>
    public static Option<string> Mode()
    {
        var option = new Option<string>("--mode") { Description = "walk (4.5 km/h), walk-slow (elderly and children, 3 km/h), drive or drive-peak", DefaultValueFactory = _ => "walk" };
        option.Validators.Add(result => OnlyFrom(result, "--mode", Modes));
        return option;
    }

    /// <summary><c>--minutes</c>: a travel-time budget, 0 &lt; minutes ≤ the CLI's limit (240).</summary>
    public static Option<double> Minutes(double defaultMinutes = 10, string description = "travel-time budget in minutes")
    {
        var option = new Option<double>("--minutes") { Description = description, DefaultValueFactory = _ => defaultMinutes };
        option.Validators.Add(result =>
        {
            if (!TryValue(result, out double value))
            {
                return;
            }

            if (!(value > 0 && value <= UseCaseLimits.Cli.MaxMinutes))
            {
                result.AddError($"--minutes {value.ToString(CultureInfo.InvariantCulture)}: give a budget between 0 and {UseCaseLimits.Cli.MaxMinutes:0} minutes");
            }
        });
        return option;
    }

    /// <summary>An option restricted to <paramref name="values"/>.</summary>
    public static Option<string> OneOf(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = $"{description}: {string.Join(", ", values)}", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result => OnlyFrom(result, name, values));
        return option;
    }

    /// <summary>An image side in pixels.</summary>
    public static Option<int> Pixels(string name, int defaultValue)
    {
        var option = new Option<int>(name) { Description = $"image {name.TrimStart('-')} in pixels ({Reports.Maps.MapRequest.MinimumPixels}–{Reports.Maps.MapRequest.MaximumPixels})", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (!TryValue(result, out int value))
            {
                return;
            }

            if (value is < Reports.Maps.MapRequest.MinimumPixels or > Reports.Maps.MapRequest.MaximumPixels)
            {
                result.AddError($"{name} {value}: give {Reports.Maps.MapRequest.MinimumPixels}–{Reports.Maps.MapRequest.MaximumPixels} pixels");
            }
        });
        return option;
    }

    private static void OnlyFrom(System.CommandLine.Parsing.OptionResult result, string name, string[] values)
    {
        if (result.Tokens.Count > 0 && !values.Contains(result.Tokens[^1].Value, StringComparer.Ordinal))
        {
            result.AddError($"{name}: '{result.Tokens[^1].Value}' is not one of: {string.Join(", ", values)}");
        }
    }

    /// <summary>The option's value, or false when it did not convert (System.CommandLine has already reported that error).</summary>
    private static bool TryValue<T>(System.CommandLine.Parsing.OptionResult result, out T value)
    {
        if (result.Tokens.Count > 0 && result.Tokens.Any(t => !Convertible<T>(t.Value)))
        {
            value = default!;
            return false;
        }

        value = result.GetValueOrDefault<T>();
        return true;
    }

    private static bool Convertible<T>(string text) =>
        typeof(T) == typeof(double) ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        : typeof(T) != typeof(int) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
}
