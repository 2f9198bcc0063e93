using Hanyang.Gis.Data.Import.Population;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Data.Tests.Import.Population;

public class PopulationJoinTests
{
    private static readonly IReadOnlyList<Community> Communities = ContractPlan.Create().Communities; // 4000, 3000 (west); 2000, 1000 (east)

    [Fact]
    public void Apply_CommunityCodes_SetsMatchedAndReportsUnmatchedBothWays()
    {
        var rows = new[]
        {
            new CensusRow(2, "420105001001", 4400, [new AgeGroupCount("60+", 800)]),
            new CensusRow(3, "420105009009", 10, []),
        };

        var result = PopulationJoin.Apply(Communities, rows, PopulationLevel.Community, "第七次全国人口普查", 2020);

        Assert.Equal([4400, 3000, 2000, 1000], result.Communities.Select(c => c.Population));
        Assert.Equal(1781, result.Communities[0].Households); // 1619 × 4400 / 4000, persons per household kept
        Assert.Equal(new PopulationSource("第七次全国人口普查", 2020, rows[0].AgeGroups).Source, result.Communities[0].PopulationSource!.Source);
        Assert.Equal(2020, result.Communities[0].PopulationSource!.Year);
        Assert.Null(result.Communities[1].PopulationSource);
        Assert.Equal(["420105009009"], result.UnknownCodes.Select(r => r.Code));
        Assert.Equal(["420105001002", "420105002001", "420105002002"], result.WithoutRow.Select(c => c.Code.Value));
    }

    [Fact]
    public void Apply_StreetCodes_SpreadsTotalsInProportionToCurrentPopulationsExactly()
    {
        var rows = new[] { new CensusRow(2, "420105002000", 3001, [new AgeGroupCount("0-14", 301), new AgeGroupCount("15+", 2700)]) };

        var result = PopulationJoin.Apply(Communities, rows, PopulationLevel.Street, "第七次全国人口普查", 2020);

        // 2000 : 1000 → 2000.67 and 1000.33: the larger remainder takes the extra person.
        Assert.Equal([4000, 3000, 2001, 1000], result.Communities.Select(c => c.Population));
        Assert.Equal([201, 100], result.Communities.Skip(2).Select(c => c.PopulationSource!.AgeGroups[0].Residents));
        Assert.Equal([1800, 900], result.Communities.Skip(2).Select(c => c.PopulationSource!.AgeGroups[1].Residents));
        Assert.Contains("街道合计按现有人口比例分配", result.Communities[2].PopulationSource!.Source, StringComparison.Ordinal);
        Assert.Equal(["420105001001", "420105001002"], result.WithoutRow.Select(c => c.Code.Value));
        Assert.Empty(result.UnknownCodes);
    }

    [Fact]
    public void Apply_StreetCodeWithCommunityLevel_IsUnknown()
    {
        var result = PopulationJoin.Apply(Communities, [new CensusRow(2, "420105001000", 5000, [])], PopulationLevel.Community, "普查", null);

        Assert.Empty(result.Matched);
        Assert.Single(result.UnknownCodes);
    }

    [Theory]
    [InlineData(10, new long[] { 1, 1, 1 }, new[] { 4, 3, 3 })]
    [InlineData(7, new long[] { 0, 0 }, new[] { 4, 3 })]
    [InlineData(0, new long[] { 5, 5 }, new[] { 0, 0 })]
    [InlineData(100, new long[] { 1, 2, 7 }, new[] { 10, 20, 70 })]
    public void Apportion_Always_AddsUpToTheTotal(int total, long[] weights, int[] expected)
    {
        var parts = PopulationJoin.Apportion(total, weights);

        Assert.Equal(expected, parts);
        Assert.Equal(total, parts.Sum());
    }
}
