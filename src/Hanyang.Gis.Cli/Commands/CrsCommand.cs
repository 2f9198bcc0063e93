using System.CommandLine;
using System.Text;
using Hanyang.Gis.Data.Files;
using Hanyang.Gis.Data.GeoJson;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang crs convert</c>: rewrites a GeoJSON file from one CRS (e.g. GCJ-02 from Amap) into another.</summary>
internal static class CrsCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "CRS of the input: wgs84, cgcs2000, gcj02, bd09 or epsg:<code>", Required = true };
        var to = new Option<string>("--to") { Description = "CRS to write: wgs84, cgcs2000 or epsg:<code> (4326, 4490, 4547, 3857)", DefaultValueFactory = _ => "wgs84" };
        var input = new Option<FileInfo>("--in") { Description = "GeoJSON file to read", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "GeoJSON file to write (written atomically)", Required = true };
        var decimals = new Option<int?>("--decimals") { Description = "decimal places to keep (default 7 for degrees, 3 for metres)" };

        var convert = new Command("convert", "Convert every coordinate of a GeoJSON file; properties are copied unchanged") { from, to, input, output, decimals };
        convert.SetAction(parse =>
        {
            var source = SourceCrs.Parse(parse.GetValue(from)!);
            var target = SourceCrs.Parse(parse.GetValue(to)!);
            if (target.IsOffset)
            {
                throw new FormatException($"--to {target}: writing GCJ-02 or BD-09 is not supported; convert to wgs84 and let the map provider apply its offset");
            }

            var inFile = parse.GetValue(input)!;
            var outFile = parse.GetValue(output)!;
            var places = parse.GetValue(decimals) ?? (Srid.IsGeographic(target.Srid) ? 7 : 3);
            var text = GeoJsonCrsConverter.Convert(File.ReadAllText(inFile.FullName, Encoding.UTF8), source, target.Srid, places);
            AtomicFile.WriteAllText(outFile.FullName, text);
            Console.WriteLine($"{inFile.Name}: {source} → {Srid.Describe(target.Srid)}, written to {outFile.FullName}");
            return 0;
        });

        return new Command("crs", "Coordinate reference systems") { convert };
    }
}
