using System.Globalization;
using Hanyang.Gis.Spatial.Crs;
using Npgsql;

namespace Hanyang.Gis.Spatial.Tests.Crs;

/// <summary>
/// Compares the reprojector with PostGIS ST_Transform on the same points. This talks to a real PostGIS
/// (started by scripts/postgis.sh); it fails, never skips, when PostGIS is not reachable.
/// </summary>
public class PostGisTransformComparisonTests
{
    private const double ToleranceMeters = 0.01;

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable("HANYANG_TEST_POSTGIS")
        ?? "Host=127.0.0.1;Port=55432;Database=hanyang;Username=hanyang;Password=hanyang";

    [Fact]
    public async Task Transform_Wgs84ToGaussKrugerOnGridOf441Points_AgreesWithPostGisWithin1Centimetre()
    {
        var points = HanyangGrid.LonLats(21, 21).ToArray();
        var postgis = await TransformInPostGisAsync(points.Select(p => (p.Lon, p.Lat)).ToArray(), Srid.Wgs84, Srid.Cgcs2000GaussKruger114E);

        for (var i = 0; i < points.Length; i++)
        {
            var ours = Reprojector.Transform(points[i].Lon, points[i].Lat, Srid.Wgs84, Srid.Cgcs2000GaussKruger114E);
            var error = Distance(ours, postgis[i]);
            Assert.True(error < ToleranceMeters, $"{points[i]}: ours {ours}, PostGIS {postgis[i]}, {error * 1000:0.0} mm apart");
        }
    }

    [Fact]
    public async Task Transform_GaussKrugerToWgs84OnGridOf121Points_AgreesWithPostGisWithin1Centimetre()
    {
        var grid = new List<(double E, double N)>();
        for (var i = 0; i < 11; i++)
        {
            for (var j = 0; j < 11; j++)
            {
                grid.Add((500_000 + (i * 3_000), 3_370_000 + (j * 2_000)));
            }
        }

        var postgis = await TransformInPostGisAsync(grid.ToArray(), Srid.Cgcs2000GaussKruger114E, Srid.Wgs84);

        for (var i = 0; i < grid.Count; i++)
        {
            var ours = Reprojector.Transform(grid[i].E, grid[i].N, Srid.Cgcs2000GaussKruger114E, Srid.Wgs84);
            // Compare on the ground: project both back with our (verified) forward transform.
            var a = Reprojector.Transform(ours.X, ours.Y, Srid.Wgs84, Srid.Internal);
            var b = Reprojector.Transform(postgis[i].X, postgis[i].Y, Srid.Wgs84, Srid.Internal);
            Assert.True(Distance(a, b) < ToleranceMeters, $"{grid[i]}: ours {ours}, PostGIS {postgis[i]}");
            Assert.Equal(postgis[i].X, ours.X, 1e-7);
            Assert.Equal(postgis[i].Y, ours.Y, 1e-7);
        }
    }

    [Fact]
    public async Task Transform_Wgs84ToWebMercatorOnGridOf121Points_AgreesWithPostGisWithin1Centimetre()
    {
        var points = HanyangGrid.LonLats(11, 11).Select(p => (p.Lon, p.Lat)).ToArray();
        var postgis = await TransformInPostGisAsync(points, Srid.Wgs84, Srid.WebMercator);

        for (var i = 0; i < points.Length; i++)
        {
            var ours = Reprojector.Transform(points[i].Lon, points[i].Lat, Srid.Wgs84, Srid.WebMercator);
            Assert.True(Distance(ours, postgis[i]) < ToleranceMeters, $"{points[i]}: ours {ours}, PostGIS {postgis[i]}");
        }
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static async Task<(double X, double Y)[]> TransformInPostGisAsync((double X, double Y)[] points, int sourceSrid, int targetSrid)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT ST_X(g), ST_Y(g)
            FROM (SELECT ord, ST_Transform(ST_SetSRID(ST_MakePoint(x, y), @source), @target) AS g
                  FROM unnest(@xs, @ys) WITH ORDINALITY AS t(x, y, ord)) q
            ORDER BY ord
            """,
            connection);
        command.Parameters.AddWithValue("source", sourceSrid);
        command.Parameters.AddWithValue("target", targetSrid);
        command.Parameters.AddWithValue("xs", points.Select(p => p.X).ToArray());
        command.Parameters.AddWithValue("ys", points.Select(p => p.Y).ToArray());

        var result = new List<(double X, double Y)>(points.Length);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetDouble(0), reader.GetDouble(1)));
        }

        Assert.Equal(points.Length, result.Count);
        return result.ToArray();
    }
}
