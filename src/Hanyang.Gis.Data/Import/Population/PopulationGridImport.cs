using System.Globalization;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>
/// <c>hanyang import --layer population-grid</c>: a population GeoTIFF (<see cref="GeoTiffGrid"/>) summed into the plan's
/// communities. Each cell counts whole where its centre falls (the usual centroid assignment of gridded population):
/// in a community's area when the centre lies in one; otherwise to the nearest community known only by its point within
/// the street whose area holds the centre (a Voronoi split of the street among its point communities). Cells outside
/// every street and community area are outside the district and are only reported; nodata cells are skipped. A
/// community that no cell falls to keeps its population (the grid does not cover it) and is reported. A negative value
/// that is not the nodata value refuses the grid. The population is written in one step, with its source and year.
/// </summary>
public static class PopulationGridImport
{
    /// <summary>Reads the grid at <paramref name="path"/>, sums it into the communities and writes them.</summary>
    /// <exception cref="PopulationImportException">The grid is refused, or no cell falls in any community.</exception>
    public static async Task<PopulationGridResult> ImportAsync(IPlanStore store, string path, string source, int? year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var plan = await store.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        PopulationGridResult result;
        using (var grid = GeoTiffGrid.Open(path))
        {
            result = Aggregate(plan, grid, Path.GetFileName(path), source, year, cancellationToken);
        }

        if (result.Communities.Count == 0)
        {
            throw new PopulationImportException(Path.GetFileName(path), ["：没有一个像元落在规划的社区内（栅格是否覆盖汉阳区？坐标系是否正确？）"]);
        }

        await store.ReplaceCommunitiesAsync(result.AllCommunities, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Sums <paramref name="grid"/> into the communities of <paramref name="plan"/>.</summary>
    public static PopulationGridResult Aggregate(PlanDataset plan, GeoTiffGrid grid, string file, string source, int? year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(grid);
        var communities = plan.Communities;
        var owners = OwnerIndex.Build(plan);
        var tally = SumCells(grid, owners, cancellationToken);
        if (tally.Negative.Count > 0)
        {
            throw new PopulationImportException(file, tally.Negative);
        }

        var label = new PopulationSource(source, year, []);
        var all = communities.Select((c, i) => tally.Cells[i] == 0 ? c : With(c, (int)Math.Round(tally.Sums[i]), label)).ToArray();
        return new PopulationGridResult(
            all,
            all.Where((_, i) => tally.Cells[i] > 0).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray(),
            all.Where((_, i) => tally.Cells[i] == 0).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray(),
            "EPSG:" + grid.Srid.ToString(CultureInfo.InvariantCulture),
            grid.Width,
            grid.Height,
            tally.Nodata,
            all.Where((_, i) => tally.Cells[i] > 0).Sum(c => (long)c.Population),
            (long)Math.Round(tally.Unassigned),
            tally.UnassignedCells);
    }

    /// <summary>Every cell of <paramref name="grid"/> counted to the community its centre falls to (see <see cref="Owner"/>).</summary>
    private static CellTally SumCells(GeoTiffGrid grid, OwnerIndex owners, CancellationToken cancellationToken)
    {
        var tally = new CellTally(owners.Communities.Count);
        var factory = GeometryFactories.Internal;
        grid.ForEachRow((row, values) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var column = 0; column < values.Length; column++)
            {
                AddCell(grid, factory, owners, tally, row, column, values[column]);
            }
        });
        return tally;
    }

    /// <summary>Counts one cell: nodata is skipped, a negative or infinite value recorded (at most 20), anything else summed into its owner.</summary>
    private static void AddCell(GeoTiffGrid grid, GeometryFactory factory, OwnerIndex owners, CellTally tally, int row, int column, double value)
    {
        if (grid.IsNodata(value))
        {
            tally.Nodata++;
            return;
        }

        if (value < 0 || double.IsInfinity(value))
        {
            if (tally.Negative.Count < 20)
            {
                tally.Negative.Add(string.Create(CultureInfo.InvariantCulture, $"第 {row + 1} 行第 {column + 1} 列的像元值 {value} 不是人数（负数或无穷），且不是无数据值 {grid.Nodata?.ToString(CultureInfo.InvariantCulture) ?? "（未声明）"}"));
            }

            return;
        }

        var (gx, gy) = grid.CellCentre(column, row);
        var (x, y) = grid.Srid == Srid.Internal ? (gx, gy) : Reprojector.Transform(gx, gy, grid.Srid, Srid.Internal);
        var centre = factory.CreatePoint(new Coordinate(x, y));
        var owner = Owner(centre, owners.Areas, owners.Streets, owners.PointsByStreet, owners.Communities);
        if (owner < 0)
        {
            tally.Unassigned += value;
            tally.UnassignedCells++;
            return;
        }

        tally.Sums[owner] += value;
        tally.Cells[owner]++;
    }

    private static int Owner(
        Point centre,
        STRtree<(int Index, IPreparedGeometry Area)> areas,
        STRtree<(string Code, IPreparedGeometry Area)> streets,
        Dictionary<string, int[]> pointsByStreet,
        IReadOnlyList<Community> communities)
    {
        foreach (var (index, area) in areas.Query(centre.EnvelopeInternal))
        {
            if (area.Contains(centre))
            {
                return index;
            }
        }

        foreach (var (code, area) in streets.Query(centre.EnvelopeInternal))
        {
            if (area.Contains(centre) && pointsByStreet.TryGetValue(code, out var members))
            {
                return members.MinBy(i => (communities[i].Location.Distance(centre), communities[i].Code.Value));
            }
        }

        return -1;
    }

    private static Community With(Community community, int residents, PopulationSource source)
    {
        var households = community.Population > 0 ? (int)Math.Round((double)community.Households * residents / community.Population) : community.Households;
        return community with { Population = residents, Households = households, PopulationSource = source };
    }

    /// <summary>The plan's community areas and street areas indexed, and each street's communities known only by their point.</summary>
    private sealed record OwnerIndex(
        STRtree<(int Index, IPreparedGeometry Area)> Areas,
        STRtree<(string Code, IPreparedGeometry Area)> Streets,
        Dictionary<string, int[]> PointsByStreet,
        IReadOnlyList<Community> Communities)
    {
        public static OwnerIndex Build(PlanDataset plan)
        {
            var communities = plan.Communities;
            var areas = new STRtree<(int Index, IPreparedGeometry Area)>();
            foreach (var (c, i) in communities.Select((c, i) => (c, i)).Where(x => x.c.Area is not null))
            {
                areas.Insert(c.Area!.EnvelopeInternal, (i, PreparedGeometryFactory.Prepare(c.Area)));
            }

            var streets = new STRtree<(string Code, IPreparedGeometry Area)>();
            foreach (var s in plan.Streets)
            {
                streets.Insert(s.Area.EnvelopeInternal, (s.Code.Value, PreparedGeometryFactory.Prepare(s.Area)));
            }

            var pointsByStreet = communities.Select((c, i) => (c, i)).Where(x => x.c.Area is null)
                .GroupBy(x => x.c.Street.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
            return new OwnerIndex(areas, streets, pointsByStreet, communities);
        }
    }

    /// <summary>The sums of one grid: per community its population and cell count, and what fell to none.</summary>
    private sealed class CellTally(int communityCount)
    {
        public double[] Sums { get; } = new double[communityCount];

        public int[] Cells { get; } = new int[communityCount];

        public long Nodata { get; set; }

        public long UnassignedCells { get; set; }

        public double Unassigned { get; set; }

        public List<string> Negative { get; } = [];
    }
}
