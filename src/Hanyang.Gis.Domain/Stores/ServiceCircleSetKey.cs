using System.Globalization;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The canonical parameters of one set of service circles (every facility of a kind and their union):
/// the kind, the travel profile's name and the budget rounded to <see cref="MinutesStep"/>. The same key
/// names the set when it is computed, stored, looked up and published, so budgets that differ by less
/// than the step (12 and 12.0001 minutes) are one set, never two sets that disagree.
/// </summary>
public readonly record struct ServiceCircleSetKey
{
    /// <summary>The precision of a budget, in minutes (6 seconds: finer than any planning standard).</summary>
    public const double MinutesStep = 0.1;

    /// <summary>The longest budget a key can hold, in minutes (a year: far beyond any question a planner asks).</summary>
    public const double MaxMinutes = 366 * 24 * 60;

    private readonly int tenths;

    /// <summary>The set of <paramref name="kind"/> under the profile <paramref name="mode"/> within <paramref name="minutes"/>, rounded to <see cref="MinutesStep"/> (at least one step).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget is not a positive number.</exception>
    public ServiceCircleSetKey(FacilityKind kind, string mode, double minutes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        if (!double.IsFinite(minutes) || minutes <= 0 || minutes > MaxMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "a service circle's budget is a positive number of minutes");
        }

        Kind = kind;
        Mode = mode;
        tenths = Math.Max(1, (int)Math.Round(minutes / MinutesStep, MidpointRounding.AwayFromZero));
    }

    /// <summary>The set of <paramref name="kind"/>, <paramref name="mode"/> and <paramref name="minutes"/>; false when the budget is not a positive number of minutes.</summary>
    public static bool TryCreate(FacilityKind kind, string mode, double minutes, out ServiceCircleSetKey key)
    {
        var valid = !string.IsNullOrWhiteSpace(mode) && double.IsFinite(minutes) && minutes > 0 && minutes <= MaxMinutes;
        key = valid ? new ServiceCircleSetKey(kind, mode, minutes) : default;
        return valid;
    }

    /// <summary>The facility kind.</summary>
    public FacilityKind Kind { get; }

    /// <summary>The travel profile's name, e.g. "walk-4.5".</summary>
    public string Mode { get; }

    /// <summary>The canonical budget in minutes: a whole number of <see cref="MinutesStep"/>s.</summary>
    public double Minutes => tenths / 10.0;

    /// <summary>"&lt;kind&gt;/&lt;mode&gt;/&lt;minutes&gt;", e.g. "kindergarten/walk-4.5/12.5": the prefix of the ids of the set's circles.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Identifiers.Of(Kind)}/{Mode}/{Minutes:0.#}");
}
