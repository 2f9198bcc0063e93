using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Domain.Tests;

public class ServiceStandardsTests
{
    [Fact]
    public void For_EveryFacilityKind_HasAtLeastOneStandardWithASource()
    {
        foreach (var kind in Enum.GetValues<FacilityKind>())
        {
            var standards = ServiceStandards.For(kind);
            Assert.NotEmpty(standards);
            Assert.All(standards, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        }
    }

    [Theory]
    [InlineData(FacilityKind.Kindergarten, 300.0, 5.0)]
    [InlineData(FacilityKind.PrimarySchool, 500.0, 10.0)]
    [InlineData(FacilityKind.JuniorMiddleSchool, 1000.0, 15.0)]
    public void PrimaryFor_Schools_FollowGb50180Radii(FacilityKind kind, double meters, double minutes)
    {
        var standard = ServiceStandards.PrimaryFor(kind);

        Assert.Equal(meters, standard.DistanceMeters);
        Assert.Equal(minutes, standard.Minutes);
        Assert.Equal(AccessMode.Walking, standard.Mode);
        Assert.Contains("GB 50180-2018", standard.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void PrimaryFor_Hospital_IsTheTenMinuteDrivingCircleOfThePlan()
    {
        var standard = ServiceStandards.PrimaryFor(FacilityKind.Hospital);

        Assert.Equal(AccessMode.Driving, standard.Mode);
        Assert.Equal(10, standard.Minutes);
        Assert.Contains("10分钟医疗急救圈", standard.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void All_WalkingStandardsWithLifeCircle_HaveMinutesOfTheirCircle()
    {
        foreach (var s in ServiceStandards.All.Where(s => s.LifeCircle is not null))
        {
            var minutes = s.LifeCircle switch { LifeCircle.FiveMinute => 5, LifeCircle.TenMinute => 10, _ => 15 };
            Assert.Equal(minutes, s.Minutes);
        }
    }
}
