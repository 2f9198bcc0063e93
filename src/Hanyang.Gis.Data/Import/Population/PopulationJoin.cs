using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>
/// Joins a census table to the plan's communities by code. A community row sets that community's residents. A street
/// row is spread to the street's communities in proportion to their current populations (equally when those are all
/// zero), by the largest-remainder method so that the parts add up to the street's total exactly; age groups are spread
/// the same way. Households follow the population in proportion (a community's persons per household are kept).
/// Every code that matches nothing is reported, and so is every community that no row reaches.
/// </summary>
public static class PopulationJoin
{
    /// <summary>Joins <paramref name="rows"/> (codes of <paramref name="level"/>) to <paramref name="communities"/>, recording <paramref name="source"/> on each matched community.</summary>
    public static PopulationJoinResult Apply(IReadOnlyList<Community> communities, IReadOnlyList<CensusRow> rows, PopulationLevel level, string source, int? year)
    {
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentNullException.ThrowIfNull(rows);
        var updated = new Dictionary<string, Community>(StringComparer.Ordinal);
        var unknown = new List<CensusRow>();
        if (level == PopulationLevel.Community)
        {
            var byCode = communities.ToDictionary(c => c.Code.Value, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (byCode.TryGetValue(row.Code, out var community))
                {
                    updated[row.Code] = With(community, row.Residents, row.AgeGroups, source, year);
                }
                else
                {
                    unknown.Add(row);
                }
            }
        }
        else
        {
            var byStreet = communities.GroupBy(c => c.Street.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (!byStreet.TryGetValue(row.Code, out var members))
                {
                    unknown.Add(row);
                    continue;
                }

                var weights = members.Select(c => (long)c.Population).ToArray();
                var residents = Apportion(row.Residents, weights);
                var groups = row.AgeGroups.Select(g => (g.Group, Parts: Apportion(g.Residents, weights))).ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    var share = groups.Select(g => new AgeGroupCount(g.Group, g.Parts[i])).ToArray();
                    updated[members[i].Code.Value] = With(members[i], residents[i], share, $"{source}（街道合计按现有人口比例分配）", year);
                }
            }
        }

        var all = communities.Select(c => updated.TryGetValue(c.Code.Value, out var u) ? u : c).ToArray();
        return new PopulationJoinResult(
            all,
            all.Where(c => updated.ContainsKey(c.Code.Value)).ToArray(),
            unknown,
            communities.Where(c => !updated.ContainsKey(c.Code.Value)).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (equally when they are all zero), by the
    /// largest-remainder (Hamilton) method: the parts are whole and add up to the total.
    /// </summary>
    public static int[] Apportion(int total, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            return [];
        }

        var sum = weights.Sum();
        var w = sum > 0 ? weights.ToArray() : Enumerable.Repeat(1L, weights.Count).ToArray();
        var weightSum = sum > 0 ? sum : weights.Count;
        var exact = w.Select(x => (double)total * x / weightSum).ToArray();
        var parts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left))
        {
            parts[i]++;
        }

        return parts;
    }

    private static Community With(Community community, int residents, IReadOnlyList<AgeGroupCount> groups, string source, int? year)
    {
        var households = community.Population > 0
            ? (int)Math.Round((double)community.Households * residents / community.Population)
            : community.Households;
        return community with { Population = residents, Households = households, PopulationSource = new PopulationSource(source, year, groups) };
    }
}
