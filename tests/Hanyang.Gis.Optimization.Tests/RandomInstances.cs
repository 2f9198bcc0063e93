namespace Hanyang.Gis.Optimization.Tests;

/// <summary>Random instances from fixed seeds: demand and candidates scattered on a square, coverage by radius.</summary>
internal static class RandomInstances
{
    public static (double X, double Y)[] Points(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 100, random.NextDouble() * 100))];

    public static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    public static CoverageInstance Coverage(int seed, int demand, int candidates, double radius, double alreadyShare = 0)
    {
        var random = new Random(seed);
        var d = Points(random, demand);
        var c = Points(random, candidates);
        var weights = d.Select(_ => (long)random.Next(0, 1000)).ToArray();
        var already = d.Select(_ => random.NextDouble() < alreadyShare).ToArray();
        var covers = c.Select(p => (IReadOnlyList<int>)[.. Enumerable.Range(0, demand).Where(i => Distance(d[i], p) <= radius)]).ToArray();
        return new CoverageInstance(weights, covers, already);
    }

    public static CostInstance Cost(int seed, int demand, int candidates)
    {
        var random = new Random(seed);
        var d = Points(random, demand);
        var c = Points(random, candidates);
        var weights = d.Select(_ => (long)random.Next(1, 50)).ToArray();
        var fallback = d.Select(_ => (long)random.Next(30, 90)).ToArray();
        var costs = d.Select(p => (IReadOnlyList<(int, long)>)[.. c.Select((q, j) => (j, (long)Math.Round(Distance(p, q))))]).ToArray();
        return new CostInstance(weights, fallback, costs, candidates);
    }

    public static CapacitatedInstance Capacitated(int seed, int demand, int candidates, double radius)
    {
        var random = new Random(seed);
        var d = Points(random, demand);
        var c = Points(random, candidates);
        var e = Points(random, 2);
        IReadOnlyList<int> Reach((double X, double Y) p) => [.. Enumerable.Range(0, demand).Where(i => Distance(d[i], p) <= radius)];
        return new CapacitatedInstance(
            [.. d.Select(_ => (long)random.Next(0, 120))],
            [.. e.Select(p => new CapacitatedInstance.Supply(random.Next(50, 300), Reach(p)))],
            [.. c.Select(p => new CapacitatedInstance.Supply(random.Next(50, 400), Reach(p)))]);
    }

    /// <summary>Every subset of size <paramref name="size"/> of 0..n−1, in lexicographic order.</summary>
    public static IEnumerable<int[]> Subsets(int n, int size)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= n - size; first++)
        {
            foreach (var rest in Subsets(n - first - 1, size - 1))
            {
                yield return [first, .. rest.Select(r => r + first + 1)];
            }
        }
    }
}
