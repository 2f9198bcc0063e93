using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Analysis.Tests;

public sealed class StoredServiceCirclesTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-circles-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task GetOrCompute_SecondCallServesTheStoreAndANewFacilityForcesARecompute()
    {
        var plan = new SyntheticPlan().Street(0, 0, 2000, 0).School("a", 0, 0).Build();
        var store = new EmbeddedPlanStore(plan, directory);
        var network = PlanNetworkBuilder.Build(plan.Roads);
        var walk = TravelProfiles.Walking();

        var first = await StoredServiceCircles.GetOrComputeAsync(store, await store.GetPlanAsync(default), network, FacilityKind.PrimarySchool, walk, 4, default);
        var second = await StoredServiceCircles.GetOrComputeAsync(store, await store.GetPlanAsync(default), network, FacilityKind.PrimarySchool, walk, 4, default);
        await store.AddFacilityAsync(plan.Facilities[0] with { Id = new FacilityId("b"), Location = SyntheticPlan.At(2000, 0) }, default);
        var third = await StoredServiceCircles.GetOrComputeAsync(store, await store.GetPlanAsync(default), network, FacilityKind.PrimarySchool, walk, 4, default);

        Assert.True(first.Computed);
        Assert.Equal(["primary-school/walk-4.5/4/a", "primary-school/walk-4.5/4/dissolved"], first.Circles.Select(c => c.Id));
        Assert.False(second.Computed);
        Assert.Equal(first.Circles.Select(c => c.DataVersion), second.Circles.Select(c => c.DataVersion));
        Assert.True(third.Computed);
        Assert.Equal(3, third.Circles.Count);
        Assert.NotEqual(first.Circles[0].DataVersion, third.Circles[0].DataVersion);
        Assert.Equal(600, third.Circles.Single(c => c.Facility is null).ReachedMeters, 1e-6);
    }
}
