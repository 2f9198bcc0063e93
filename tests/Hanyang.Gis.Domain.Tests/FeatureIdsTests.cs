namespace Hanyang.Gis.Domain.Tests;

public class FeatureIdsTests
{
    [Theory]
    [InlineData("fac-a")]
    [InlineData("p_qintai_2")]
    [InlineData("A")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void IsValid_AsciiLettersDigitsDashUnderscoreUpTo64_IsTrue(string id) => Assert.True(FeatureIds.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("x/y z")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("a.b")]
    [InlineData("钟家村小学")]
    [InlineData("ａ")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public void IsValid_AnythingElse_IsFalse(string id) => Assert.False(FeatureIds.IsValid(id));

    [Fact]
    public void IsValid_Null_IsFalse() => Assert.False(FeatureIds.IsValid(null));
}
