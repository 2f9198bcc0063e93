using Hanyang.Gis.Data.Import.Mapping;

namespace Hanyang.Gis.Data.Tests.Import.Mapping;

public sealed class ImportMappingReaderTests
{
    [Fact]
    public void Parse_FullExample_ReadsEveryPart()
    {
        const string Json = """
            { "layer": "facilities", "crs": "gcj02", "sheet": "学校",
              "geometry": { "lon": "经度", "lat": "纬度" },
              "fields": { "id": "编号", "name": "名称", "kind": "类型", "capacity": ["学位数", "规模"] },
              "constants": { "status": "existing" },
              "values": { "类型": { "小学": "primary-school", " 初中 ": "junior-middle-school" } },
              "required": ["capacity"], "unmapped": "skip" }
            """;

        var (mapping, problems) = ImportMappingReader.Parse(Json, "学校.json");

        Assert.Empty(problems);
        Assert.NotNull(mapping);
        Assert.Equal(("facilities", "gcj02", "学校"), (mapping.Layer, mapping.Crs!.Name, mapping.Sheet));
        Assert.Equal(["经度"], mapping.Coordinates!.Longitude);
        var kind = Assert.Single(mapping.Fields, f => f.Target == "kind");
        Assert.Equal("junior-middle-school", kind.Values!["初中"]);
        Assert.Equal("$.values.类型", kind.ValuesPath);
        Assert.Equal(["学位数", "规模"], Assert.Single(mapping.Fields, f => f.Target == "capacity").Sources);
        Assert.Equal("existing", mapping.Constants["status"]);
        Assert.Equal(["capacity"], mapping.Required);
        Assert.Equal(UnmappedValues.Skip, mapping.Unmapped);
    }

    [Fact]
    public void Parse_ManyMistakes_ReportsEachWithItsJsonPathAtOnce()
    {
        const string Json = """
            { "crs": "mars", "colour": "red",
              "geometry": { "lon": "经度" },
              "fields": { "name": 12, "名称": "名称", "kind": "类型" },
              "values": { "类型": { "小学": ["primary-school"] }, "等级": { "一级": "a" } },
              "required": ["capacity"], "unmapped": "ignore" }
            """;

        var (mapping, problems) = ImportMappingReader.Parse(Json, "bad.json");

        Assert.Null(mapping);
        var texts = problems.Select(p => p.ToString()).ToList();
        Assert.All(problems, p => Assert.Equal("bad.json", p.File));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.crs: 'mars' is not a coordinate system", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.colour: not a member", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.geometry: lon is given without lat", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.fields.name: expected a column name", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.fields.名称: '名称' is not a property name", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.values.类型.小学: expected text or a number, found a list", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.values.等级: '等级' is neither a column", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.required[0]: 'capacity' is not mapped", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("bad.json: $.unmapped: 'ignore' is not understood", StringComparison.Ordinal));
        Assert.Equal(9, problems.Count);
    }

    [Fact]
    public void Parse_NotJson_NamesTheLine()
    {
        var (mapping, problems) = ImportMappingReader.Parse("{\n  \"fields\": { \"name\": \"名称\" \n", "m.json");

        Assert.Null(mapping);
        Assert.StartsWith("m.json: is not valid JSON at line", Assert.Single(problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysWhereItLooked()
    {
        var (mapping, problems) = ImportMappingReader.Read(Path.Combine(Path.GetTempPath(), "no-such-mapping-" + Guid.NewGuid().ToString("N") + ".json"));

        Assert.Null(mapping);
        Assert.Contains("does not exist", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }
}
