using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Analysis.Tests;

public sealed class StandardBudgetsTests
{
    [Fact]
    public void Minutes_AreTheStandardsAndTheMapsQuickBudgets() => Assert.Equal([5.0, 10, 15, 25], StandardBudgets.Minutes);

    [Theory]
    [InlineData(10, true)]
    [InlineData(10.0001, true)]
    [InlineData(25, true)]
    [InlineData(12, false)]
    [InlineData(10.1, false)]
    public void Contains_ABudget_OnlyTheStandardOnesAfterRounding(double minutes, bool standard) =>
        Assert.Equal(standard, StandardBudgets.Contains(new ServiceCircleSetKey(FacilityKind.Hospital, "drive-offpeak", minutes)));
}
