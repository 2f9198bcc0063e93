using System.CommandLine;
using System.Globalization;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Cli.Commands;

/// <summary><c>hanyang geodata check</c>: loads a geodata directory the way the system does and reports every problem.</summary>
internal static class GeodataCommand
{
    public static Command Create()
    {
        var directory = new Option<DirectoryInfo?>("--dir") { Description = "geodata directory (default: the bundled geodata/hanyang)" };
        var check = new Command("check", "Load every layer, convert to EPSG:4547 and report problems naming file and feature") { directory };
        check.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)?.FullName ?? GeodataLoader.FindBundledDirectory();
            if (dir is null)
            {
                Console.Error.WriteLine("no geodata directory found: pass --dir");
                return 2;
            }

            try
            {
                var plan = GeodataLoader.Load(dir);
                var inv = CultureInfo.InvariantCulture;
                Console.WriteLine($"{dir}: loaded");
                Console.WriteLine(string.Create(inv, $"  district {plan.District.Name}, {plan.District.Boundary.Area / 1e6:0.0} km²"));
                Console.WriteLine($"  streets {plan.Streets.Count}, communities {plan.Communities.Count} (population {plan.TotalPopulation.ToString("N0", inv)})");
                Console.WriteLine($"  water {plan.Water.Count}, zones {plan.Zones.Count}, belts {plan.Belts.Count}");
                Console.WriteLine(string.Create(inv, $"  roads {plan.Roads.Count} segments, {plan.Roads.Sum(r => r.Geometry.Length) / 1000:0.0} km"));
                Console.WriteLine($"  facilities {plan.Facilities.Count}: {string.Join(", ", plan.Facilities.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => $"{Identifiers.Of(g.Key)} {g.Count()}"))}");
                Console.WriteLine($"  candidate sites {plan.CandidateSites.Count}, plan targets {plan.Targets.Count}");
                return 0;
            }
            catch (GeodataException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });

        return new Command("geodata", "The bundled dataset") { check };
    }
}
