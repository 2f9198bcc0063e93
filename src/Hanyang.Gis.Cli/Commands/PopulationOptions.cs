using System.CommandLine;
using Hanyang.Gis.Data.Import.Population;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>The options of <c>hanyang import --layer population|population-grid</c> and what they run.</summary>
internal sealed class PopulationOptions
{
    public Option<string> By { get; } = CommonOptions.OneOf("--by", "with --layer population: the table's codes are of", "community", "community", "street");

    public Option<string?> Source { get; } = new("--source") { Description = "with --layer population or population-grid: where the numbers come from, e.g. 第七次全国人口普查 (default: the file name)" };

    public Option<int?> Year { get; } = new("--year") { Description = "with --layer population or population-grid: the year the numbers refer to, e.g. 2020" };

    public async Task<int> RunAsync(ParseResult parse, string layer, string path, CancellationToken cancellationToken)
    {
        var year = parse.GetValue(Year);
        if (year is < 1900 or > 2100)
        {
            throw new UsageException($"--year: expected a year between 1900 and 2100, found {year}");
        }

        var name = Path.GetFileName(path);
        var source = parse.GetValue(Source) is { Length: > 0 } given ? given : name;
        var store = PlanSource.Open(parse);
        try
        {
            if (layer == PopulationImport.CensusLayer)
            {
                var level = parse.GetValue(By) == "street" ? PopulationLevel.Street : PopulationLevel.Community;
                var result = await PopulationImport.ImportCensusAsync(store, path, level, source, year, cancellationToken);
                Console.Write(PopulationImportOutput.Text(name, result, source, year));
            }
            else
            {
                var result = await PopulationGridImport.ImportAsync(store, path, source, year, cancellationToken);
                Console.Write(PopulationImportOutput.GridText(name, result, source, year));
            }

            return 0;
        }
        catch (PopulationImportException e)
        {
            Console.Error.WriteLine($"hanyang: {e.Message}");
            return 1;
        }
    }
}
