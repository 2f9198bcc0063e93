using Hanyang.Gis.Domain.Standards;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// The budgets whose service circles are kept in the plan store: every budget of a service standard
/// (<see cref="ServiceStandards"/>: the GB 50180-2018 5/10/15-minute life circles, the plan's 10-minute
/// medical circles, the 25-minute senior-high assumption) and the quick budgets the map offers. Any other
/// budget is computed on request and held in memory only, so requests cannot grow the store: it holds at
/// most kinds × travel profiles × these budgets sets.
/// </summary>
public static class StandardBudgets
{
    /// <summary>The quick budgets of the map's 覆盖分析 panel, in minutes (MapClient src/coverage.ts).</summary>
    public static IReadOnlyList<double> MapQuickMinutes { get; } = [5, 10, 15];

    /// <summary>Every standard budget in minutes, ascending.</summary>
    public static IReadOnlyList<double> Minutes { get; } =
        ServiceStandards.All.Select(s => s.Minutes).Concat(MapQuickMinutes).Distinct().Order().ToArray();

    /// <summary>Whether <paramref name="set"/> is computed within a standard budget, and so kept in the store.</summary>
    public static bool Contains(ServiceCircleSetKey set) =>
        Minutes.Any(m => Math.Abs(m - set.Minutes) < ServiceCircleSetKey.MinutesStep / 2);
}
