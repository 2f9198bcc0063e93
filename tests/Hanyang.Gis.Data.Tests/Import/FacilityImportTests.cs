using Hanyang.Gis.Data.Import;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Data.Tests.Import;

public class FacilityImportTests
{
    [Theory]
    [InlineData("new-schools.csv", 1, "import-new-schools-1")]
    [InlineData("New Schools (2026).csv", 12, "import-new-schools--2026-12")]
    [InlineData("---.csv", 3, "import-3")]
    public void GeneratedId_AsciiFileName_IsImportStemNumber(string file, int number, string expected) =>
        Assert.Equal(expected, FacilityImport.GeneratedId(file, number).Value);

    [Fact]
    public void GeneratedId_ChineseFileNames_AreValidAndDifferent()
    {
        var schools = FacilityImport.GeneratedId("新建小学.csv", 1).Value;
        var clinics = FacilityImport.GeneratedId("社区卫生站.csv", 1).Value;

        Assert.Matches("^import-[0-9a-f]{8}-1$", schools);
        Assert.True(FeatureIds.IsValid(schools), schools);
        Assert.NotEqual(schools, clinics);
        Assert.Equal(schools, FacilityImport.GeneratedId("新建小学.geojson", 1).Value);
    }

    [Fact]
    public void GeneratedId_LongFileName_IsCutTo64KeepingTheNumber()
    {
        var id = FacilityImport.GeneratedId(new string('a', 100) + ".csv", 123456).Value;

        Assert.Equal(FeatureIds.MaxLength, id.Length);
        Assert.EndsWith("a-123456", id, StringComparison.Ordinal);
        Assert.True(FeatureIds.IsValid(id), id);
    }
}
