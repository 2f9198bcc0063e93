using System.Diagnostics;

namespace Hanyang.Gis.Data.Tests.Import.Population;

/// <summary>Small GeoTIFFs made by GDAL's gdal_translate (Debian gdal-bin) from an ASCII grid, as a planner's GIS would write them.</summary>
internal sealed class PopulationGrids : IDisposable
{
    private static readonly string[] Quiet = ["-q", "-of", "GTiff"];

    public PopulationGrids() => System.IO.Directory.CreateDirectory(Directory);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "hanyang-grid-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Writes the ASCII grid (rows top to bottom, nodata -9999) and translates it to <paramref name="name"/>.tif with
    /// <paramref name="gdalOptions"/> (e.g. "-a_srs", "EPSG:4326", "-ot", "Float32").
    /// </summary>
    public string Make(string name, double xll, double yll, double cellSize, double[][] rows, params string[] gdalOptions)
    {
        var asc = Path.Combine(Directory, name + ".asc");
        var lines = new List<string>
        {
            $"ncols {rows[0].Length}", $"nrows {rows.Length}",
            FormattableString.Invariant($"xllcorner {xll}"), FormattableString.Invariant($"yllcorner {yll}"), FormattableString.Invariant($"cellsize {cellSize}"),
            "NODATA_value -9999",
        };
        lines.AddRange(rows.Select(r => string.Join(' ', r.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        File.WriteAllLines(asc, lines);
        var tif = Path.Combine(Directory, name + ".tif");
        var start = new ProcessStartInfo("gdal_translate") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in Quiet.Concat(gdalOptions).Concat([asc, tif]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "gdal_translate: " + error);
        return tif;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
