using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Application.Requests;

/// <summary>The question most analyses ask: a facility kind, a way of travelling and a travel-time budget.</summary>
/// <param name="Kind">The facility kind.</param>
/// <param name="Mode">The mode as asked: walk, walk-slow, drive or drive-peak.</param>
/// <param name="Profile">The travel profile of the mode.</param>
/// <param name="Minutes">The budget, more than 0 and at most <see cref="UseCaseLimits.MaxMinutes"/>.</param>
public sealed record BudgetRequest(FacilityKind Kind, string Mode, TravelProfile Profile, double Minutes)
{
    /// <summary>Reads kind (required), mode (default walk) and minutes (required unless <paramref name="defaultMinutes"/>); every problem named.</summary>
    public static Outcome<BudgetRequest> Parse(RequestValues values, UseCaseLimits limits, double? defaultMinutes = null)
    {
        var reader = new RequestReader(values);
        return Read(reader, limits, defaultMinutes) is { } request && reader.IsValid ? request : reader.Failure()!;
    }

    /// <summary>Reads kind, mode and minutes into <paramref name="reader"/>'s problems; null when any is wrong.</summary>
    public static BudgetRequest? Read(RequestReader reader, UseCaseLimits limits, double? defaultMinutes = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kind = reader.RequiredChoice<FacilityKind>("kind", "facility kind");
        var mode = reader.Mode("mode", "walk");
        var minutes = ReadMinutes(reader, limits, defaultMinutes);
        return kind is { } k && mode is { } m && minutes is { } t ? new BudgetRequest(k, m.Mode, m.Profile, t) : null;
    }

    /// <summary>The minutes field: more than 0, at most the limit; a problem when missing and there is no default.</summary>
    public static double? ReadMinutes(RequestReader reader, UseCaseLimits limits, double? defaultMinutes)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        if (defaultMinutes is null && !reader.Has("minutes"))
        {
            reader.Add($"minutes: missing; give a travel-time budget in minutes, more than 0 and at most {limits.MaxMinutes:0.###} (e.g. minutes=10)");
            return null;
        }

        return reader.Number("minutes", 0, limits.MaxMinutes, defaultMinutes, "a travel-time budget in minutes", minExclusive: true);
    }
}
