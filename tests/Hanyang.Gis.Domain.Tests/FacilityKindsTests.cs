using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Standards;

namespace Hanyang.Gis.Domain.Tests;

public class FacilityKindsTests
{
    [Fact]
    public void Get_EveryFacilityKind_HasANameAUnitAndAStandard()
    {
        foreach (var kind in Enum.GetValues<FacilityKind>())
        {
            var term = FacilityKinds.Get(kind);
            Assert.Equal(kind, term.Kind);
            Assert.False(string.IsNullOrWhiteSpace(term.NameZh), $"{kind} has no Chinese name");
            Assert.True(Enum.IsDefined(term.CapacityUnit), $"{kind} has no capacity unit");
            Assert.NotEmpty(term.Standards);
            Assert.Same(ServiceStandards.PrimaryFor(kind), term.Standards[0]);
        }
    }

    [Fact]
    public void All_ListsEveryKindOnceInDeclarationOrder()
    {
        Assert.Equal(Enum.GetValues<FacilityKind>(), FacilityKinds.All.Select(t => t.Kind));
        Assert.Equal(FacilityKinds.All.Count, FacilityKinds.All.Select(t => t.NameZh).Distinct().Count());
    }

    [Fact]
    public void NameZh_Parking_IsThePlansTerm()
    {
        Assert.Equal("公共停车场", FacilityKinds.NameZh(FacilityKind.Parking));
        Assert.Equal("parking", FacilityKinds.Get(FacilityKind.Parking).Id);
    }

    [Fact]
    public void TravelModes_EveryModeHasAUniqueIdAndALabel()
    {
        Assert.Equal(["walk", "walk-slow", "drive", "drive-peak"], TravelModes.Ids);
        Assert.All(TravelModes.All, m => Assert.False(string.IsNullOrWhiteSpace(m.LabelZh)));
        Assert.Equal("慢行（老人/儿童）", TravelModes.Find("walk-slow")!.FullLabelZh);
        Assert.Null(TravelModes.Find("cycle"));
        Assert.Equal("drive", TravelModes.For(AccessMode.Driving).Id);
    }
}
