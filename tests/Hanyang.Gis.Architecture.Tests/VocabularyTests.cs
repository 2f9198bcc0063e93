using System.Text.RegularExpressions;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Architecture.Tests;

/// <summary>
/// A facility kind's Chinese name and a travel mode's label are written once, in the domain's catalogues
/// (<see cref="FacilityKinds"/>, <see cref="TravelModes"/>): no C# under src/ and no TypeScript of the map client
/// spells them again. A term counts where it stands as a word of its own (not inside a longer Chinese word, so
/// 钟家村小学, 步行道 and 可步行 are not the terms); comments do not count.
/// </summary>
public partial class VocabularyTests
{
    /// <summary>Files that may spell the terms, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/Hanyang.Gis.Domain/Facilities/FacilityKinds.cs"] = "the catalogue of facility kinds",
        ["src/Hanyang.Gis.Domain/Standards/TravelModes.cs"] = "the catalogue of travel modes",
        ["src/Hanyang.Gis.Domain/Standards/ServiceStandards.cs"] = "quotes the standards' clauses (GB 50180-2018 表B.0.2: 小学 …) as their sources",
        ["src/Hanyang.Gis.Data/Import/Osm/OsmTagMapping.Places.cs"] = "searches OpenStreetMap names (data) for words such as 小学 and 医院 to tell a facility's kind",
        ["src/Hanyang.Gis.Data/Import/Mapping/ImportMappingPresets.cs"] = "translates Amap and Baidu POI types (data, as their exports spell them: 小学, 停车场) to facility kinds",
    };

    /// <summary>Spellings that once disagreed with the catalogue, e.g. 停车场 for the plan's 公共停车场.</summary>
    private static readonly string[] FormerVariants = ["停车场"];

    public static TheoryData<string> Terms()
    {
        var data = new TheoryData<string>();
        foreach (var term in FacilityKinds.All.Select(k => k.NameZh)
            .Concat(TravelModes.All.SelectMany(m => new[] { m.LabelZh, m.FullLabelZh }))
            .Concat(FormerVariants)
            .Distinct(StringComparer.Ordinal))
        {
            data.Add(term);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void SourceFiles_DoNotSpellTheTermOutsideTheCatalogue(string term)
    {
        var root = LayeringTests.RepositoryRoot();
        var pattern = new Regex($"(?<![\\u4e00-\\u9fff]){Regex.Escape(term)}(?![\\u4e00-\\u9fff])");
        var offending = SourceFiles(root)
            .Where(file => !Allowed.ContainsKey(file))
            .SelectMany(file => CodeLines(File.ReadAllText(Path.Combine(root, file))).Where(l => pattern.IsMatch(l.Text)).Select(l => $"{file}:{l.Number}: {l.Text.Trim()}"))
            .ToList();

        Assert.True(offending.Count == 0, $"'{term}' is written outside the domain's catalogue; take it from FacilityKinds/TravelModes (C#) or vocabulary.ts (map client):\n" + string.Join("\n", offending));
    }

    [Fact]
    public void Check_ATermInALiteral_IsFoundAndAFacilityNameOrComment_IsNot()
    {
        var pattern = new Regex("(?<![\\u4e00-\\u9fff])小学(?![\\u4e00-\\u9fff])");
        const string Code = "var a = \"小学\";\nvar b = \"钟家村小学\";\n// 小学 in a comment\nvar c = $\"新建9所小学（{m}）\";\nvar d = `${k} 小学`;";

        Assert.Equal([1, 5], CodeLines(Code).Where(l => pattern.IsMatch(l.Text)).Select(l => l.Number));
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        var csharp = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories);
        var typescript = Directory.EnumerateFiles(Path.Combine(root, "src", "Hanyang.Gis.MapClient", "src"), "*.ts", SearchOption.AllDirectories);
        return csharp.Concat(typescript)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "obj" or "bin" or "node_modules" or "dist"))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The lines of a C# or TypeScript file with comments removed (line, block and trailing ones).</summary>
    private static IEnumerable<(int Number, string Text)> CodeLines(string source)
    {
        var withoutBlocks = BlockComment().Replace(source, m => new string('\n', m.Value.Count(c => c == '\n')));
        var lines = withoutBlocks.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (i + 1, TrailingComment().Replace(line, ""));
        }
    }

    [GeneratedRegex(@"/\*[\s\S]*?\*/")]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\s//\s.*$")]
    private static partial Regex TrailingComment();
}
