using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Domain.Tests.Stores;

/// <summary>The one table of plan layers covers every layer once, and the rest of the domain reads it.</summary>
public class PlanLayersTests
{
    [Fact]
    public void All_EveryPlanLayerOnceInEnumOrder() =>
        Assert.Equal(Enum.GetValues<PlanLayer>(), PlanLayers.All.Select(l => l.Layer));

    [Theory]
    [InlineData("roads", PlanLayer.Roads)]
    [InlineData("candidate-sites", PlanLayer.CandidateSites)]
    public void Find_AnIdentifier_IsItsLayer(string id, PlanLayer layer)
    {
        Assert.Equal(layer, PlanLayers.Find(id)?.Layer);
        Assert.Equal(id, PlanLayers.Of(layer).Id);
    }

    [Fact]
    public void Find_UnknownOrDifferentlyCased_IsNull()
    {
        Assert.Null(PlanLayers.Find("Roads"));
        Assert.Null(PlanLayers.Find("service-circles"));
    }

    [Fact]
    public void Of_NotALayer_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanLayers.Of((PlanLayer)99));

    [Fact]
    public void Editable_OnlyFacilitiesAndCandidateSites() =>
        Assert.Equal([PlanLayer.Facilities, PlanLayer.CandidateSites], PlanLayers.All.Where(l => l.Editable).Select(l => l.Layer));

    [Fact]
    public void Queryables_ArePlanQueryablesAndEachHasAnExample()
    {
        foreach (var layer in PlanLayers.All)
        {
            Assert.Equal(layer.Queryables.Select(q => q.Name), PlanQueryables.For(layer.Layer));
            Assert.All(layer.Queryables, q => Assert.False(string.IsNullOrWhiteSpace(q.Example)));
        }
    }

    [Fact]
    public void Titles_AreChinese() =>
        Assert.All(PlanLayers.All, l => Assert.Contains(l.Title, c => c >= '\u4e00' && c <= '\u9fff'));

    [Fact]
    public void Check_ANameThatIsNotAQueryable_NamesTheQueryables()
    {
        var error = Assert.Throws<ArgumentException>(() => PlanQueryables.Check(PlanLayer.Roads, new Dictionary<string, string> { ["name"] = "x" }));

        Assert.Contains("class, status, skeleton, accuracy", error.Message, StringComparison.Ordinal);
        Assert.Equal(Identifiers.Of(PlanLayer.Roads), PlanLayers.Of(PlanLayer.Roads).Id);
    }
}
