using Hanyang.Gis.Analysis.Coverage;

namespace Hanyang.Gis.Application.Coverage;

/// <summary>The GeoJSON properties of a community's coverage — written once for the API, the CLI's GeoJSON and scenarios.</summary>
public static class CommunityFeatures
{
    /// <summary>Covered or not, minutes and metres to the nearest facility (null when none is reachable).</summary>
    public static IReadOnlyDictionary<string, object?> Properties(CommunityCoverage c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new Dictionary<string, object?>
        {
            ["code"] = c.Community.Code.Value,
            ["name"] = c.Community.Name,
            ["population"] = c.Community.Population,
            ["covered"] = c.Covered,
            ["nearest_facility"] = c.Nearest?.Name,
            ["minutes"] = double.IsFinite(c.NearestMinutes) ? Math.Round(c.NearestMinutes, 2) : null,
            ["metres"] = double.IsFinite(c.NearestNetworkMeters) ? Math.Round(c.NearestNetworkMeters) : null,
            ["count_within_budget"] = c.ReachableWithinBudget,
            ["covered_by_straight_line"] = c.CoveredByStraightLine,
            ["covered_share"] = Math.Round(c.CoveredShare, 4),
        };
    }
}
