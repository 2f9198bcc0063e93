using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>
/// <c>hanyang district init</c>: starts the geodata directory of a district other than the bundled one, from
/// its boundary and its divisions table (<see cref="NewDistrict"/>). Every other verb then takes it with
/// <c>--geodata DIR</c>; roads, water and facilities come from <c>hanyang import --layer osm</c>.
/// </summary>
internal static class DistrictCommand
{
    public static Command Create()
    {
        var directory = new Option<DirectoryInfo>("--dir") { Description = "the new geodata directory (must not exist or be empty), e.g. geodata/xinzhou", Required = true };
        var code = new Option<string>("--code") { Description = "the district's 6-digit administrative code (adcode)", Required = true };
        var name = new Option<string>("--name") { Description = "the district's name, e.g. 新洲区", Required = true };
        var boundary = new Option<FileInfo>("--boundary") { Description = "GeoJSON: the district's outline (one Polygon or MultiPolygon feature)", Required = true };
        var divisions = new Option<FileInfo>("--divisions") { Description = "CSV: one row per community: " + string.Join(",", DivisionsTable.RequiredColumns) + " (optionally households, accuracy)", Required = true };
        var crs = new Option<string>("--crs") { Description = "CRS of the boundary and the table's lon/lat: wgs84, cgcs2000, gcj02, bd09 or epsg:<code>", DefaultValueFactory = _ => "wgs84" };

        var init = new Command("init", "Write a new district's geodata directory: its boundary, streets and communities; every other layer empty") { directory, code, name, boundary, divisions, crs };
        init.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!.FullName;
            var result = NewDistrict.Create(
                dir,
                parse.GetValue(code)!,
                parse.GetValue(name)!,
                RequireFile(parse.GetValue(boundary)!, "--boundary"),
                RequireFile(parse.GetValue(divisions)!, "--divisions"),
                SourceCrs.Parse(parse.GetValue(crs)!));
            var plan = result.Plan;
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"{dir}: {plan.District.Name} ({plan.District.Code}) written");
            Console.WriteLine(string.Create(inv, $"  district {plan.District.Boundary.Area / 1e6:0.00} km²; streets {plan.Streets.Count}; communities {plan.Communities.Count} (population {plan.TotalPopulation.ToString("N0", inv)})"));
            Console.WriteLine("  roads, water, facilities, zones, belts, candidate sites and targets: empty");
            Console.WriteLine($"next: hanyang import --geodata {dir} --layer osm --file <extract.osm.pbf>, then hanyang coverage --geodata {dir} …");
            return 0;
        });

        return new Command("district", "A district other than the bundled one") { init };
    }

    private static string RequireFile(FileInfo file, string option) =>
        file.Exists ? file.FullName : throw new FileNotFoundException($"{option} {file.FullName}: no such file");
}
