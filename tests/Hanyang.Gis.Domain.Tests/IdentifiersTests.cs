using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Domain.Tests;

public class IdentifiersTests
{
    [Fact]
    public void All_FacilityKinds_AreTheIdentifiersTheIssueNames()
    {
        Assert.Equal(
            ["kindergarten", "primary-school", "junior-middle-school", "senior-high-school", "hospital",
             "community-health-center", "community-health-station", "elderly-care", "sports", "park", "parking"],
            Identifiers.All<FacilityKind>());
    }

    [Theory]
    [InlineData("under-construction", BuildStatus.UnderConstruction)]
    [InlineData("existing", BuildStatus.Existing)]
    public void Parse_KnownIdentifier_ReturnsValue(string text, BuildStatus expected) =>
        Assert.Equal(expected, Identifiers.Parse<BuildStatus>(text));

    [Fact]
    public void Of_ThenParse_RoundTripsEveryValue()
    {
        foreach (var kind in Enum.GetValues<FacilityKind>())
        {
            Assert.Equal(kind, Identifiers.Parse<FacilityKind>(Identifiers.Of(kind)));
        }

        Assert.Equal("west-of-longyang", Identifiers.Of(ShortageArea.WestOfLongyang));
        Assert.Equal("east-west", Identifiers.Of(Skeleton.EastWest));
    }

    [Theory]
    [InlineData("PrimarySchool")]
    [InlineData("primary_school")]
    [InlineData("Primary-School")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingButTheExactIdentifier_IsRefused(string? text) =>
        Assert.False(Identifiers.TryParse<FacilityKind>(text, out _));

    [Fact]
    public void Parse_Unknown_ThrowsListingTheAcceptedIdentifiers()
    {
        var error = Assert.Throws<FormatException>(() => Identifiers.Parse<RoadClass>("highway"));

        Assert.Equal("'highway' is not a known RoadClass; expected one of: expressway, arterial, secondary, branch, local, path", error.Message);
    }
}
