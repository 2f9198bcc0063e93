using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Network;
using Hanyang.Gis.Server.Http;

namespace Hanyang.Gis.Server.Analysis;

/// <summary>The question most analyses ask: a facility kind, a way of travelling and a travel-time budget.</summary>
/// <param name="Kind">The facility kind.</param>
/// <param name="Mode">The mode as asked: walk, walk-slow, drive or drive-peak.</param>
/// <param name="Profile">The travel profile of the mode.</param>
/// <param name="Minutes">The budget, more than 0 and at most <see cref="AnalysisLimits.MaxMinutes"/>.</param>
internal sealed record BudgetQuery(FacilityKind Kind, string Mode, TravelProfile Profile, double Minutes)
{
    /// <summary>Reads kind (required), mode (default walk) and minutes (required unless <paramref name="defaultMinutes"/>) into <paramref name="query"/>'s problems.</summary>
    public static BudgetQuery? Read(QueryReader query, AnalysisLimits limits, double? defaultMinutes = null)
    {
        var kind = query.RequiredChoice<FacilityKind>("kind", "facility kind");
        var mode = query.Mode("mode", "walk");
        var minutes = ReadMinutes(query, limits, defaultMinutes);
        return kind is { } k && mode is { } m && minutes is { } t ? new BudgetQuery(k, m.Mode, m.Profile, t) : null;
    }

    /// <summary>The minutes parameter: more than 0, at most the configured limit; a problem when missing and there is no default.</summary>
    public static double? ReadMinutes(QueryReader query, AnalysisLimits limits, double? defaultMinutes)
    {
        if (defaultMinutes is null && !query.Has("minutes"))
        {
            query.Add($"minutes: missing; give a travel-time budget in minutes, more than 0 and at most {limits.MaxMinutes:0.###} (e.g. minutes=10)");
            return null;
        }

        return query.Number("minutes", 0, limits.MaxMinutes, defaultMinutes, "a travel-time budget in minutes", minExclusive: true);
    }
}
