using System.Diagnostics;
using Hanyang.Gis.Data.Import;
using static Hanyang.Gis.Data.Tests.Import.ImportAssert;

namespace Hanyang.Gis.Data.Tests.Import.Mapping;

/// <summary>
/// Shapefiles and GeoPackages written by GDAL's ogr2ogr (gdal-bin, installed by scripts/test.sh), a real
/// third-party writer, read through a mapping — GBK attributes and Chinese field names included.
/// </summary>
public sealed class GdalWrittenFilesTests : IDisposable
{
    private const string Mapping = """
        { "layer": "facilities",
          "fields": { "name": "名称", "kind": "类型", "capacity": "学位数" },
          "values": { "类型": { "小学": "primary-school", "初中": "junior-middle-school" } } }
        """;

    private readonly ImportFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("ESRI Shapefile", "学校.shp", "ENCODING=GBK", true)]
    [InlineData("ESRI Shapefile", "学校.shp", "ENCODING=GBK", false)]
    [InlineData("GPKG", "学校.gpkg", null, true)]
    public void Read_FileWrittenByOgr2ogr_IsMappedToFacilities(string driver, string name, string? creationOption, bool keepCpg)
    {
        var source = files.GeoJson("source.geojson", null,
            ("""{"type":"Point","coordinates":[114.2654,30.5502]}""", """{"名称":"钟家村小学","类型":"小学","学位数":1620}"""),
            ("""{"type":"Point","coordinates":[114.26,30.555]}""", """{"名称":"琴台初中","类型":"初中","学位数":1500}"""));
        var target = Path.Combine(files.Root, name);
        Ogr2ogr(["-f", driver, target, source, .. creationOption is null ? Array.Empty<string>() : ["-lco", creationOption]]);
        if (!keepCpg)
        {
            File.Delete(Path.ChangeExtension(target, ".cpg"));
        }

        var result = Accepted(MappedImportTests.ReadMapped(target, Mapping, FacilityImport.LayerName));

        Assert.Equal(["钟家村小学", "琴台初中"], result.Layer.Features.Select(f => f.Attributes["name"]));
        Assert.Equal(["primary-school", "junior-middle-school"], result.Layer.Features.Select(f => f.Attributes["kind"]));
        Assert.Equal(1620L, result.Layer.Features[0].Attributes["capacity"]);
        Near(ImportFiles.Internal(ImportFiles.Lon, ImportFiles.Lat), result.Layer.Features[0].Geometry.Coordinate, 0.01);
    }

    private static void Ogr2ogr(string[] arguments)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ogr2ogr (gdal-bin) is not installed: run scripts/test.sh");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "ogr2ogr did not finish");
        Assert.True(process.ExitCode == 0, $"ogr2ogr failed: {error.Result}");
    }
}
