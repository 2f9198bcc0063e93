using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Domain.Tests;

public sealed class ServiceCircleSetKeyTests
{
    [Theory]
    [InlineData(12, 12, "kindergarten/walk-4.5/12")]
    [InlineData(12.0001, 12, "kindergarten/walk-4.5/12")]
    [InlineData(12.04, 12, "kindergarten/walk-4.5/12")]
    [InlineData(12.06, 12.1, "kindergarten/walk-4.5/12.1")]
    [InlineData(7.25, 7.3, "kindergarten/walk-4.5/7.3")]
    [InlineData(0.01, 0.1, "kindergarten/walk-4.5/0.1")]
    public void Minutes_AnyBudget_RoundedToATenthOfAMinute(double minutes, double canonical, string text)
    {
        var key = new ServiceCircleSetKey(FacilityKind.Kindergarten, "walk-4.5", minutes);

        Assert.Equal(canonical, key.Minutes);
        Assert.Equal(text, key.ToString());
    }

    [Fact]
    public void Equals_BudgetsWithinHalfAStep_AreTheSameKey()
    {
        Assert.Equal(new ServiceCircleSetKey(FacilityKind.Park, "walk-4.5", 12), new ServiceCircleSetKey(FacilityKind.Park, "walk-4.5", 12.0001));
        Assert.NotEqual(new ServiceCircleSetKey(FacilityKind.Park, "walk-4.5", 12), new ServiceCircleSetKey(FacilityKind.Park, "walk-4.5", 12.1));
        Assert.NotEqual(new ServiceCircleSetKey(FacilityKind.Park, "walk-4.5", 12), new ServiceCircleSetKey(FacilityKind.Park, "walk-3", 12));
    }

    [Theory]
    [InlineData(12.04, true)]
    [InlineData(0, false)]
    [InlineData(double.NaN, false)]
    [InlineData(1e12, false)]
    public void TryCreate_ABudget_FalseUnlessAPositiveNumberOfMinutes(double minutes, bool valid)
    {
        Assert.Equal(valid, ServiceCircleSetKey.TryCreate(FacilityKind.Park, "walk-4.5", minutes, out var key));
        Assert.Equal(valid ? 12 : 0, key.Minutes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e12)]
    public void Create_NotAPositiveBudget_Throws(double minutes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCircleSetKey(FacilityKind.Park, "walk-4.5", minutes));
}
